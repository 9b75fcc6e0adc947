package com.daocloud.support.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link CandidateGroupAuthorizationProvider} (no per-task rows for groups covered by their definition). */
@Component
public class CandidateGroupAuthorizationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new CandidateGroupAuthorizationProvider());
  }
}
