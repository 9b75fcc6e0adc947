package com.daocloud.support.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link DeploymentGuard} in front of the engine's own deployers. */
@Component
public class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var preDeployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<org.camunda.bpm.engine.impl.persistence.deploy.Deployer>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(0, new DeploymentGuard());
    configuration.setCustomPreDeployers(preDeployers);
  }
}
