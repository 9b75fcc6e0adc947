package com.daocloud.support.testing;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Processes a test of the shared application deploys for itself (a failing job, a timer, expiring
 * history) and that must not outlive it: each is removed after the test with its instances, jobs and
 * history, so that other tests of the shared context never see them.
 * Use: {@code @RegisterExtension final ProbeProcesses probes = new ProbeProcesses();}
 */
public final class ProbeProcesses implements AfterEachCallback {

  private record Deployed(RepositoryService repositoryService, String deploymentId) {
  }

  private final List<Deployed> deployed = new ArrayList<>();

  /** Deploys the model under its key (deployment name and {@code key.bpmn}). */
  public void deploy(RepositoryService repositoryService, String key, BpmnModelInstance model) {
    String id = repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model)
        .deploy().getId();
    deployed.add(new Deployed(repositoryService, id));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Deployed probe : deployed) {
      probe.repositoryService().deleteDeployment(probe.deploymentId(), true);
    }
    deployed.clear();
  }
}
