package com.daocloud.support.deployment;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deploys the models once every bean is ready, before the server takes requests. */
@Configuration
public class DeploymentConfiguration {

  @Bean
  ModelDeployment modelDeployment(RepositoryService repositoryService) {
    return new ModelDeployment(repositoryService);
  }

  @Bean
  SmartInitializingSingleton modelsAtStartup(ModelDeployment deployment) {
    return deployment::deployAll;
  }

  /** A refused deployment is a 400 problem on {@code /engine-rest}. */
  @Bean
  ResourceConfigCustomizer deploymentRefusalsAreProblems() {
    return config -> config.register(new DeploymentRefusalMapper());
  }
}
