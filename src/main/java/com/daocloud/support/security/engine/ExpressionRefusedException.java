package com.daocloud.support.security.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The engine refused an expression: one in a query or filter that a caller sent, or a reflective step
 * inside any expression (docs/security.md). Its message names what was refused, never a class name of
 * ours, so that it can be shown to the caller.
 */
public class ExpressionRefusedException extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  public ExpressionRefusedException(String message) {
    super(message);
  }
}
