package com.daocloud.support.security.engine;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's JUEL, sandboxed: Camunda's Spring resolver chain with only the delegate beans
 * ({@link DelegateBeanElResolver}), wrapped in {@link SandboxElResolver}. Every JUEL expression the
 * engine evaluates goes through this chain: BPMN expressions and conditions, stored filters, and JUEL
 * in decision tables (the engine hands this manager to its DMN engine as the EL provider).
 *
 * <p>It also refuses, when a query evaluates its expressions, anything but the two identity forms of
 * stored filters ({@link QueryExpressions}): a last line behind {@link QueryExpressionGuard} for a
 * path that the guard might not know.
 */
public class SandboxedExpressionManager extends SpringExpressionManager {

  private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  public SandboxedExpressionManager(ApplicationContext applicationContext) {
    super(applicationContext, null);
  }

  @Override
  public Expression createExpression(String expression) {
    if (!QueryExpressions.isIdentityForm(expression) && isQueryEvaluation()) {
      throw QueryExpressions.refusal();
    }
    return super.createExpression(expression);
  }

  /** Queries evaluate their expressions in {@link AbstractQuery}, a frame or two above. */
  private static boolean isQueryEvaluation() {
    return STACK.walk(frames -> frames.limit(8)
        .anyMatch(frame -> AbstractQuery.class.isAssignableFrom(frame.getDeclaringClass())));
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver chain = new CompositeELResolver();
    chain.add(new VariableScopeElResolver());
    chain.add(new VariableContextElResolver());
    chain.add(new MockElResolver());
    chain.add(new DelegateBeanElResolver(applicationContext));
    chain.add(new ArrayELResolver());
    chain.add(new ListELResolver());
    chain.add(new MapELResolver());
    chain.add(new BeanELResolver());
    return new SandboxElResolver(chain);
  }
}
