package com.daocloud.support.security.engine;

/**
 * A bean that models may name in expressions besides the delegates and listeners, e.g.
 * {@code ${decisionOutputs.transientRow(decisionResult)}}. Only for small, side-effect-free helpers of our
 * own: whatever a public method of such a bean returns, every model's expressions can reach (never the
 * engine's services, data sources, the environment or anything that runs commands).
 */
public interface ModelExpressionBean {
}
