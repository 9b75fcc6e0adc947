package com.daocloud.support.incident;

import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.time.EngineClock;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a customer's report and starts its {@code incident-handling} process, which decides level
 * (LVL-1..5), response terms (RSP-1) and the version's support phase (LC-1) with its business rule tasks and records the incident
 * ({@link IncidentRecorder}) before its first wait state: the API answers level, entitlement and deadline
 * at once, and each decision is a decision instance of the incident's process in Cockpit. Report, row,
 * timeline and process commit in one transaction; the report's facts reach the process as transient
 * variables (they live in the row and in the decisions' history, not as process variables).
 *
 * <p>Idempotency-Key: the unique constraint on (customer, key) decides between concurrent reports; the
 * loser's insert fails (after the winner commits) and it answers the winner's incident.
 */
@Service
public class IncidentIntake {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentIntake.class);
  private static final int ATTEMPTS = 5;

  private final IncidentStore store;
  private final CustomerService customers;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  public IncidentIntake(IncidentStore store, CustomerService customers, RuntimeService runtime,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.customers = customers;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * A validated report: the customer exists and the caller may report for it. {@code changeDowntime}: the
   * unplanned downtime of a change (CHG-2), recorded whatever the entitlement says and never downgraded.
   */
  public record Report(CustomerProfile customer, String cluster, String title, String description,
      String requestType, String productionImpact, boolean dataLoss, boolean workaroundAvailable,
      Incident.Contact contact, String reportedBy, String idempotencyKey, boolean changeDowntime)
      implements Serializable {

    /** A customer's report (not a change's downtime). */
    public Report(CustomerProfile customer, String cluster, String title, String description, String requestType,
        String productionImpact, boolean dataLoss, boolean workaroundAvailable, Incident.Contact contact,
        String reportedBy, String idempotencyKey) {
      this(customer, cluster, title, description, requestType, productionImpact, dataLoss, workaroundAvailable,
          contact, reportedBy, idempotencyKey, false);
    }
  }

  /**
   * A report as the process receives it: with the time it was received (to the second). A transient
   * process variable: never stored, but the engine serializes even a transient object value into its
   * variable fields, hence {@code Serializable} (nothing is ever deserialized from a stored copy).
   */
  public record Received(Report report, Instant reportedAt) implements Serializable {
  }

  /** The recorded incident; {@code replayed} when an earlier report with the same key is answered. */
  public record Reported(Incident incident, boolean replayed) {
  }

  public Reported report(Report report) {
    Optional<Incident> earlier = earlier(report);
    if (earlier.isPresent()) {
      return new Reported(earlier.get(), true);
    }
    Instant now = EngineClock.now();
    for (int attempt = 1; ; attempt++) {
      try {
        return new Reported(transaction.execute(status -> start(new Received(report, now))), false);
      } catch (RuntimeException e) {
        // The row is inserted by the process's "Record intake" step: the engine may hand the
        // store's exception on as the cause of its own.
        if (!isKeyConflict(e) || report.idempotencyKey() == null || attempt == ATTEMPTS) {
          throw e;
        }
        // The key is taken (or being taken): answer the incident that holds it once it is committed.
        earlier = earlier(report);
        if (earlier.isPresent()) {
          return new Reported(earlier.get(), true);
        }
        LOG.debug("Idempotency key of {} not readable yet, attempt {}", report.customer().id(), attempt);
      }
    }
  }

  private static boolean isKeyConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DuplicateKeyException || t instanceof PessimisticLockingFailureException) {
        return true;
      }
    }
    return false;
  }

  private Optional<Incident> earlier(Report report) {
    return report.idempotencyKey() == null ? Optional.empty()
        : store.findByIdempotencyKey(report.customer().id(), report.idempotencyKey());
  }

  private Incident start(Received received) {
    Report report = received.report();
    String number = "INC-" + received.reportedAt().atOffset(ZoneOffset.UTC).getYear() + "-"
        + String.format("%06d", store.nextNumberValue());
    Installation installation = customers.customer(report.customer().id())
        .flatMap(customer -> customer.installation(report.cluster())).orElse(null);
    runtime.createProcessInstanceByKey(IncidentProcess.KEY).businessKey(number)
        .setVariables(startVariables(number, received, installation))
        .execute();
    return store.require(number);
  }

  /**
   * The process's start: the three facts Tasklist's cards show and, transient, the decisions' inputs and the
   * report for {@link IncidentRecorder} (gone at the first wait state; the decision history keeps the inputs,
   * the incident row the report).
   *
   * @param installation the reported cluster, or null when the customer has no such cluster (the lifecycle
   *                     decision then matches no rule, and entitlement says why)
   */
  public static VariableMap startVariables(String number, Received received, Installation installation) {
    Report report = received.report();
    // The lifecycle's date is the day where the cluster runs (RSP-2).
    LocalDate onDate = LocalDate.ofInstant(received.reportedAt(),
        report.customer().site(report.cluster()).timeZone());
    return Variables.createVariables()
        .putValue(IncidentProcess.Vars.INCIDENT_NUMBER, number)
        .putValue(IncidentProcess.Vars.CUSTOMER_NAME, report.customer().name())
        .putValue(IncidentProcess.Vars.TITLE, report.title())
        .putValueTyped(IncidentProcess.Vars.REQUEST_TYPE, Variables.stringValue(report.requestType(), true))
        .putValueTyped(IncidentProcess.Vars.PRODUCTION_IMPACT, Variables.stringValue(report.productionImpact(), true))
        .putValueTyped(IncidentProcess.Vars.SERVICE_TIER,
            Variables.stringValue(report.customer().serviceTier(), true))
        .putValueTyped(IncidentProcess.Vars.DATA_LOSS, Variables.booleanValue(report.dataLoss(), true))
        .putValueTyped(IncidentProcess.Vars.WORKAROUND_AVAILABLE,
            Variables.booleanValue(report.workaroundAvailable(), true))
        .putValueTyped(IncidentProcess.Vars.PRODUCT,
            Variables.stringValue(installation == null ? null : installation.product(), true))
        .putValueTyped(IncidentProcess.Vars.MAJOR_VERSION,
            Variables.integerValue(installation == null ? null : installation.version().major(), true))
        .putValueTyped(IncidentProcess.Vars.ON_DATE, Variables.stringValue(onDate.toString(), true))
        .putValueTyped(IncidentProcess.Vars.RECEIVED, Variables.objectValue(received, true).create());
  }
}
