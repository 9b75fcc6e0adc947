package com.daocloud.support.deployment;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the application refuses because of what its resources contain; nothing of it is
 * stored. {@code /engine-rest} answers it as a 400 problem whose type names the reason
 * ({@link DeploymentRefusalMapper}).
 */
public class DeploymentRefusedException extends BadUserRequestException {

  /** Why, as the problem type's last segment. */
  public enum Reason {
    DOCTYPE("doctype-not-allowed"),
    UNREADABLE("unreadable-model"),
    SCRIPT("script-not-allowed"),
    EXPRESSION_LANGUAGE("expression-language-not-allowed"),
    POLICY("policy-violation");

    private final String type;

    Reason(String type) {
      this.type = type;
    }

    public String type() {
      return type;
    }
  }

  private final Reason reason;

  public DeploymentRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
