package com.daocloud.support.security.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Installs the sandboxed expression manager and the query expression guard. Before {@code init()}
 * (preInit), so that the engine adds its functions ({@code currentUser()}, ...) to our manager and
 * hands it to the DMN engine, and so that the guard sits in front of every command.
 */
@Component
public class ExpressionSandboxPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;

  public ExpressionSandboxPlugin(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new SandboxedExpressionManager(applicationContext));
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> guarded = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    guarded.add(0, new QueryExpressionGuard());
    return guarded;
  }
}
