package com.daocloud.support.identity;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Installs {@link TaskOutcomeGuard} inside the command context (it looks the task up), for every command
 * that runs in a transaction.
 */
@Component
public class TaskOutcomeGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<CommandInterceptor>()
        : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new TaskOutcomeGuard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
