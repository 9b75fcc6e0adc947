package com.daocloud.support.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one sentence why a {@code prod} start failed, instead of a stack trace. */
public class MissingAdminPasswordFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Start with: ADMIN_PASSWORD='a strong secret' and the profiles 'postgres,prod'.", cause);
  }
}
