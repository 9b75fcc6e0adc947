package com.daocloud.support.incident;

import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.entitlement.Entitlement;
import com.daocloud.support.entitlement.EntitlementCheck;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.incident.process.IncidentVariables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a customer's report and starts its {@code incident-handling} process.
 *
 * <p>Level (LVL-1..5), entitlement and the response deadline (RSP-1..3) are decided here, before the
 * process starts, because the API must answer them at once; the process starts (asynchronously, at its
 * first save point) with them as variables. Row, timeline and process start commit in one transaction.
 *
 * <p>Idempotency-Key: the unique constraint on (customer, key) decides between concurrent reports; the
 * loser's insert fails (after the winner commits) and it answers the winner's incident.
 */
@Service
public class IncidentIntake {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentIntake.class);
  private static final int ATTEMPTS = 5;

  private final IncidentStore store;
  private final IncidentClassifier classifier;
  private final EntitlementCheck entitlementCheck;
  private final ResponsePlanner planner;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final Duration remoteAccessWait;

  public IncidentIntake(IncidentStore store, IncidentClassifier classifier, EntitlementCheck entitlementCheck,
      ResponsePlanner planner, RuntimeService runtime, PlatformTransactionManager transactions,
      @Value("${dce.incident.remote-access-wait:PT30M}") Duration remoteAccessWait) {
    this.store = store;
    this.classifier = classifier;
    this.entitlementCheck = entitlementCheck;
    this.planner = planner;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
    this.remoteAccessWait = remoteAccessWait;
  }

  /** A validated report: the customer exists and the caller may report for it. */
  public record Report(CustomerProfile customer, String cluster, String title, String description,
      String requestType, String productionImpact, boolean dataLoss, boolean workaroundAvailable,
      Incident.Contact contact, String reportedBy, String idempotencyKey) {
  }

  /** The recorded incident; {@code replayed} when an earlier report with the same key is answered. */
  public record Reported(Incident incident, boolean replayed) {
  }

  /** What intake decided before recording: level, entitlement and the response plan. */
  private record Decision(int level, Entitlement entitlement, ResponsePlan plan) {
  }

  public Reported report(Report report) {
    Optional<Incident> earlier = earlier(report);
    if (earlier.isPresent()) {
      return new Reported(earlier.get(), true);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
    // The reads (decisions, the customer's installations and releases, the calendar) share one
    // transaction and connection instead of one each (fewer commits per report, docs/benchmark.md).
    Decision decision = transaction.execute(status -> decide(report, now));
    int level = decision.level();
    Entitlement entitlement = decision.entitlement();
    ResponsePlan plan = decision.plan();

    for (int attempt = 1; ; attempt++) {
      try {
        return new Reported(transaction.execute(status -> record(report, now, level, entitlement, plan)), false);
      } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
        if (report.idempotencyKey() == null || attempt == ATTEMPTS) {
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

  private Decision decide(Report report, Instant now) {
    CustomerProfile customer = report.customer();
    int level = classifier.level(report.requestType(), report.productionImpact(), report.dataLoss(),
        report.workaroundAvailable());
    Entitlement entitlement = entitlementCheck.check(customer.id(), report.cluster(),
        LocalDate.ofInstant(now, customer.timeZone()));
    ResponsePlan plan = planner.plan(level, customer.serviceTier(), entitlement.status().slaClockRuns(), now,
        customer.timeZone(), customer.calendarId(), null);
    return new Decision(level, entitlement, plan);
  }

  private Optional<Incident> earlier(Report report) {
    return report.idempotencyKey() == null ? Optional.empty()
        : store.findByIdempotencyKey(report.customer().id(), report.idempotencyKey());
  }

  private Incident record(Report report, Instant now, int level, Entitlement entitlement, ResponsePlan plan) {
    CustomerProfile customer = report.customer();
    String number = "INC-" + now.atOffset(ZoneOffset.UTC).getYear() + "-"
        + String.format("%06d", store.nextNumberValue());
    Incident incident = new Incident(0, number, customer.id(), report.cluster(), report.title(),
        report.description(), report.requestType(), report.productionImpact(), report.dataLoss(),
        report.workaroundAvailable(), report.contact(), report.reportedBy(), now, customer.timeZone(), level,
        IncidentLevels.reason(level, report.requestType(), report.productionImpact(), report.dataLoss(),
            report.workaroundAvailable()),
        customer.serviceTier(), IncidentStatus.OPEN, null, entitlement.status().code(), entitlement.reason(),
        entitlement.explanation(), entitlement.extendedMaintenance(), plan.terms().responseTime(),
        plan.terms().coverage(), plan.terms().channels(), plan.responseDue(), plan.responseDueAt(),
        plan.calendarId(), plan.calendarVersion(), plan.explanation(), null, false, null, null, null,
        report.idempotencyKey());
    long id = store.insert(incident);

    // No one can have asked for e-mail updates yet: these entries are written, never mailed.
    store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.REPORTED,
        IncidentMessages.render(TimelineEvent.REPORTED.key(), report.reportedBy(), report.title())));
    store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.CLASSIFIED,
        IncidentMessages.render(TimelineEvent.CLASSIFIED.key(), incident.levelReason())));
    store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.ENTITLEMENT, IncidentMessages.render(
        plan.clockRuns() || level == 5 ? TimelineEvent.ENTITLEMENT.key() : TimelineEvent.ENTITLEMENT.key("no-deadline"),
        entitlement.status().code(), entitlement.reason(), entitlement.explanation())));
    if (plan.clockRuns()) {
      store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.RESPONSE_DUE, IncidentMessages.render(
          TimelineEvent.RESPONSE_DUE.key(), plan.responseDue(), plan.terms().responseTime(), plan.terms().coverage(),
          plan.explanation())));
    }

    String processInstanceId = runtime.createProcessInstanceByKey(IncidentProcess.KEY).businessKey(number)
        .setVariables(IncidentVariables.forStart(incident, customer.name(), plan, remoteAccessWait))
        .execute().getId();
    store.setProcessInstanceId(id, processInstanceId);
    return store.require(number);
  }
}
