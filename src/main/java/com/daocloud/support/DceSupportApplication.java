package com.daocloud.support;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * DaoCloud's product support policy as a Camunda 7 process application.
 *
 * <p>The process application deploys the top-level {@code bpmn/} and {@code dmn/} folders as two
 * separate deployments, driven by {@code META-INF/processes.xml}.
 */
@SpringBootApplication
@EnableProcessApplication("dce-support")
public class DceSupportApplication {

  public static void main(String[] args) {
    SpringApplication.run(DceSupportApplication.class, args);
  }
}
