package com.daocloud.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * DaoCloud's product support policy as a Camunda 7 process application.
 *
 * <p>{@link com.daocloud.support.deployment.ModelDeployment} deploys the top-level {@code bpmn/} and
 * {@code dmn/} folders as two separate deployments.
 */
@SpringBootApplication
public class DceSupportApplication {

  public static void main(String[] args) {
    SpringApplication.run(DceSupportApplication.class, args);
  }
}
