package com.daocloud.support.eam;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.eam.process.EamApplicationProcess;
import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.lifecycle.LifecycleService;
import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.SupportLifecycle;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers an application for extended maintenance at once and starts its {@code eam-application}
 * process (EAM-1, EAM-3, EAM-4). Dates and versions come from the deployed {@code support-lifecycle}
 * decision and the release catalogue, eligibility from the deployed {@code eam-eligibility} decision.
 */
@Service
public class EamApplicationService {

  private final LifecycleService lifecycle;
  private final ExtendedMaintenanceContracts contracts;
  private final EamEligibilityDecision eligibility;
  private final EamApplicationStore store;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public EamApplicationService(LifecycleService lifecycle, ExtendedMaintenanceContracts contracts,
      EamEligibilityDecision eligibility, EamApplicationStore store, RuntimeService runtime,
      PlatformTransactionManager transactions, Clock clock) {
    this.lifecycle = lifecycle;
    this.contracts = contracts;
    this.eligibility = eligibility;
    this.store = store;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A validated application: the customer exists, the caller may act for it, the cluster is the customer's. */
  public record Application(Customer customer, Installation installation, int years, boolean stableEnvironment,
      boolean supportedConfiguration, boolean willingToUpgrade, String appliedBy) {
  }

  /** Today in the customer's time zone: the application date of EAM-4. */
  public LocalDate today(Customer customer) {
    return LocalDate.now(clock.withZone(customer.timeZone()));
  }

  public EamApplication apply(Application a) {
    Customer customer = a.customer();
    Installation installation = a.installation();
    LocalDate appliedOn = today(customer);
    SupportLifecycle standing = lifecycle.lifecycle(installation.product(), installation.version(), appliedOn)
        .orElseThrow(() -> new ApiException.BadRequest("installation", "cluster " + installation.cluster()
            + " runs " + Products.displayName(installation.product()) + " " + installation.version()
            + ", whose major version has no support lifecycle"));
    if (standing.eossDate() == null) {
      throw new IllegalStateException("support-lifecycle gave no eossDate for " + installation.version());
    }
    // A release line the catalogue does not know cannot be shown to be on its latest maintenance version.
    boolean onLatest = Boolean.TRUE.equals(standing.onLatestMaintenance());
    EamTerms terms = EamTerms.of(standing.eossDate(), contracts.contracts(customer.id(), installation.cluster())
        .stream().map(c -> new EamTerms.ContractPeriod(c.start(), c.end())).toList(), a.years(), appliedOn);
    EamEligibilityDecision.Outcome outcome = eligibility.evaluate(a.stableEnvironment(), a.supportedConfiguration(),
        onLatest, a.willingToUpgrade(), terms.eamYears());
    if (outcome.eligible() && !terms.coverageEnd().isAfter(appliedOn)) {
      throw new ApiException.BadRequest("years", a.years() + " year(s) from " + terms.coverageStart()
          + " end on " + terms.coverageEnd() + ", before the application date: apply for more years");
    }
    boolean eligible = outcome.eligible();
    return transaction.execute(tx -> {
      String number = "EAM-" + appliedOn.getYear() + "-" + String.format("%06d", store.nextNumberValue());
      // Nothing is offered to an ineligible application, so it shows no term and no arrears.
      EamApplication application = new EamApplication(0, number, customer.id(), installation.cluster(),
          installation.product(), installation.version().toString(), a.years(), a.stableEnvironment(),
          a.supportedConfiguration(), a.willingToUpgrade(), onLatest, terms.eamYears(), eligible, outcome.reason(),
          standing.eossDate(), eligible ? terms.coverageStart() : null, eligible ? terms.coverageEnd() : null,
          eligible ? terms.arrearsFrom() : null, eligible ? terms.arrearsTo() : null, appliedOn, a.appliedBy(),
          eligible ? EamStatus.PENDING_APPROVAL : EamStatus.INELIGIBLE, null, null);
      long id = store.insert(application);
      String processInstanceId = runtime.createProcessInstanceByKey(EamApplicationProcess.KEY).businessKey(number)
          .setVariables(EamApplicationProcess.startVariables(application, customer.name()))
          .execute().getId();
      store.setProcessInstanceId(id, processInstanceId);
      return store.require(number);
    });
  }
}
