package com.daocloud.support.incident;

import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.time.EngineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * EAM-4: when an extended-maintenance contract is recorded for a cluster (an approved application whose arrears are
 * paid, or an administrator's record of a contract signed elsewhere), every incident of that cluster that waits for
 * one resumes: its process starts the response clock from that moment and tells the customer.
 */
@Component
public class ExtendedMaintenanceResumption {

  private static final Logger LOG = LoggerFactory.getLogger(ExtendedMaintenanceResumption.class);

  private final IncidentStore incidents;
  private final RuntimeService runtime;

  public ExtendedMaintenanceResumption(IncidentStore incidents, RuntimeService runtime) {
    this.incidents = incidents;
    this.runtime = runtime;
  }

  /**
   * Resumes the cluster's waiting incidents that the contract covers today (in each incident's zone), in the
   * recording transaction; their numbers, oldest first. A contract that starts later resumes nothing.
   */
  @EventListener
  public List<String> contractRecorded(ExtendedMaintenanceContracts.Recorded contract) {
    Instant now = EngineClock.now();
    List<String> waiting = incidents.waitingForExtendedMaintenance(contract.customerId(), contract.cluster()).stream()
        .filter(number -> covers(contract, LocalDate.ofInstant(now, incidents.require(number).timeZone())))
        .toList();
    for (String number : waiting) {
      runtime.createMessageCorrelation(IncidentProcess.Messages.EXTENDED_MAINTENANCE_RECORDED)
          .processInstanceBusinessKey(number).correlateAll();
    }
    if (!waiting.isEmpty()) {
      LOG.info("Extended maintenance recorded for {} / {}: incidents {} resume with a response deadline from now",
          contract.customerId(), contract.cluster(), waiting);
    }
    return waiting;
  }

  private static boolean covers(ExtendedMaintenanceContracts.Recorded contract, LocalDate day) {
    return !day.isBefore(contract.start()) && day.isBefore(contract.end());
  }
}
