package com.daocloud.support.change;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.change.process.ChangeControlProcess;
import com.daocloud.support.change.process.ChangeControlProcess.Messages;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records change requests and starts their {@code change-control} process (CHG-1, CHG-4, CHG-5), and
 * carries the customer's actions into it: the schedule confirmation and unplanned downtime (CHG-2).
 * Row and process commit together, in one transaction.
 */
@Service
public class ChangeRequestService {

  private final ChangeRequestStore store;
  private final ChangeNoticeDecision noticeDecision;
  private final DowntimeIncidents incidents;
  private final CustomerDirectory customers;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public ChangeRequestService(ChangeRequestStore store, ChangeNoticeDecision noticeDecision,
      DowntimeIncidents incidents, CustomerDirectory customers, RuntimeService runtime,
      PlatformTransactionManager transactions, Clock clock) {
    this.customers = customers;
    this.store = store;
    this.noticeDecision = noticeDecision;
    this.incidents = incidents;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A validated request: the customer exists and the caller may act for it. */
  public record Submission(CustomerProfile customer, String changeType, Instant plannedAt, String description,
      String newDataCenter, LocalDate effectiveDate, String installation, boolean returningAfterLapse,
      String submittedBy) {
  }

  /** Now, to the second, as submissions are recorded. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * The notice a change gets if submitted at {@code submittedAt} (CHG-1, CHG-4): the {@code change-notice} terms
   * of its type, the days of notice given, and whether that is enough. What a submission records, and what the
   * customer site shows before submitting.
   */
  public record Notice(ChangeNoticeDecision.Terms terms, int noticeDays, boolean sufficient) {

    public boolean additionalFees() {
      return ChangeNotice.additionalFees(sufficient, terms.lateNoticeHandling());
    }

    public boolean managerReview() {
      return ChangeNotice.managerReview(sufficient, terms.lateNoticeHandling());
    }
  }

  public Notice notice(String changeType, Instant plannedAt, LocalDate effectiveDate, ZoneId zone,
      Instant submittedAt) {
    ChangeNoticeDecision.Terms terms = noticeDecision.terms(changeType);
    int noticeDays = ChangeNotice.noticeDays(submittedAt, plannedAt, effectiveDate, zone);
    return new Notice(terms, noticeDays, ChangeNotice.sufficient(noticeDays, terms.minimumNoticeDays()));
  }

  public ChangeRequest submit(Submission s, Instant submittedAt) {
    Notice notice = notice(s.changeType(), s.plannedAt(), s.effectiveDate(), s.customer().timeZone(), submittedAt);
    ChangeNoticeDecision.Terms terms = notice.terms();
    int noticeDays = notice.noticeDays();
    boolean sufficient = notice.sufficient();
    boolean fees = notice.additionalFees();
    String status = s.returningAfterLapse() ? ChangeStatus.AWAITING_REQUIREMENTS
        : notice.managerReview() ? ChangeStatus.UNDER_REVIEW
        : ChangeStatus.SUBMITTED;
    return transaction.execute(tx -> {
      String number = "CHG-" + submittedAt.atOffset(ZoneOffset.UTC).getYear() + "-"
          + String.format("%06d", store.nextNumberValue());
      ChangeRequest change = new ChangeRequest(0, number, s.customer().id(), s.changeType(), s.plannedAt(),
          s.description(), s.newDataCenter(), s.effectiveDate(), s.installation(), s.returningAfterLapse(),
          submittedAt, s.submittedBy(), terms.minimumNoticeDays(), noticeDays, sufficient,
          terms.lateNoticeHandling(), fees, status, null, null, null, null, null, null);
      long id = store.insert(change);
      String processInstanceId = runtime.createProcessInstanceByKey(ChangeControlProcess.KEY).businessKey(number)
          .setVariables(ChangeControlProcess.startVariables(change, s.customer().name()))
          .execute().getId();
      store.setProcessInstanceId(id, processInstanceId);
      return store.require(number);
    });
  }

  /** The customer confirms the schedule of the change control plan; 409 unless the plan waits for it. */
  public ChangeRequest confirmSchedule(String number) {
    return transaction.execute(tx -> {
      requireWaiting(number, Messages.SCHEDULE_CONFIRMED, "is not waiting for a schedule confirmation");
      store.recordScheduleConfirmed(number, now());
      runtime.createMessageCorrelation(Messages.SCHEDULE_CONFIRMED).processInstanceBusinessKey(number)
          .correlateWithResult();
      return store.require(number);
    });
  }

  /**
   * CHG-2: unplanned downtime caused by the change opens a Level 1 incident at once, linked both ways. Accepted
   * from the moment the request's 201 was answered (the change's scope, and with it its downtime boundary, is
   * created in the request's transaction) until the change's post-incident review closes, also after the change
   * was verified and completed (then a new instance carries incident and review). 409, with nothing recorded, for
   * a rejected change, after the review closed, and while the change's downtime incident is still open (the system
   * is down already: that incident is worked until it runs again).
   */
  public String reportDowntime(String number, String cluster, String detail, String reportedBy) {
    return transaction.execute(tx -> {
      ChangeRequest change = store.require(number);
      switch (change.status()) {
        case ChangeStatus.REJECTED -> throw new ApiException.Conflict(
            "Change request " + number + " was rejected: no downtime can be reported for it");
        case ChangeStatus.REVIEWED -> throw new ApiException.Conflict(
            "Change request " + number + " is closed: its post-incident review was held");
        case ChangeStatus.DOWNTIME -> throw new ApiException.Conflict("Change request " + number
            + " has an open downtime incident, " + change.incidentNumber() + ", worked until the system runs again");
        default -> {
        }
      }
      boolean running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
          .processDefinitionKey(ChangeControlProcess.KEY).count() > 0;
      if (running) {
        requireWaiting(number, Messages.DOWNTIME_REPORTED, "cannot take a downtime report in its current state");
      }
      String incidentNumber = incidents.openLevel1(change, cluster, detail, reportedBy);
      store.recordDowntimeIncident(number, incidentNumber);
      if (running) {
        runtime.createMessageCorrelation(Messages.DOWNTIME_REPORTED).processInstanceBusinessKey(number)
            .setVariable(Vars.INCIDENT_NUMBER, incidentNumber)
            .correlateWithResult();
      } else {
        String customerName = customers.find(change.customerId()).map(CustomerProfile::name).orElse(change.customerId());
        String processInstanceId = runtime.createMessageCorrelation(Messages.DOWNTIME_AFTER_CHANGE)
            .processInstanceBusinessKey(number)
            .setVariables(ChangeControlProcess.startVariables(change, customerName))
            .setVariable(Vars.INCIDENT_NUMBER, incidentNumber)
            .correlateStartMessage().getId();
        store.setProcessInstanceId(change.id(), processInstanceId);
      }
      return incidentNumber;
    });
  }

  private void requireWaiting(String number, String message, String otherwise) {
    boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(ChangeControlProcess.KEY)
        .messageEventSubscriptionName(message).count() > 0;
    if (!waiting) {
      throw new ApiException.Conflict("Change request " + number + " " + otherwise);
    }
  }
}
