package com.daocloud.support.s360.advisory;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.lifecycle.Version;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes an advisory (SVC-2): records it, finds every S360 installation of its product whose version is in
 * an affected range, tells that customer (a notice it reads at once, and an e-mail to its administrators) and starts one {@code upgrade-advisory}
 * instance per installation for the dedicated team's assessment. All in one transaction.
 */
@Service
public class AdvisoryService {

  private final AdvisoryStore store;
  private final S360Customers s360;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final AdvisoryMails mails;

  public AdvisoryService(AdvisoryStore store, S360Customers s360, RuntimeService runtime,
      PlatformTransactionManager transactions, Clock clock, AdvisoryMails mails) {
    this.store = store;
    this.mails = mails;
    this.s360 = s360;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A validated advisory, before it is recorded. */
  public record Publication(String kind, String product, String title, List<String> cveIds,
      List<VersionRange> affected, Version fixedIn, String severity, String publishedBy) {
  }

  /** The recorded advisory and how many installations it reached. */
  public record Published(Advisory advisory, int affectedInstallations) {
  }

  public Published publish(Publication p) {
    return transaction.execute(tx -> {
      Advisory draft = new Advisory(0, p.kind(), p.product(), p.title(), p.cveIds(),
          p.affected().stream().map(VersionRange::toString).toList(), p.fixedIn().toString(), p.severity(),
          clock.instant(), p.publishedBy());
      long id = store.insert(draft);
      Advisory advisory = store.find(id).orElseThrow();
      int reached = 0;
      for (Customer customer : s360.all()) {
        List<Installation> reachedHere = affected(customer, p);
        for (Installation installation : reachedHere) {
          long notice = store.insertNotice(id, customer.id(), installation.cluster(),
              installation.version().toString());
          String instance = runtime.createProcessInstanceByKey(UpgradeAdvisoryProcess.KEY)
              .businessKey(UpgradeAdvisoryProcess.businessKey(id))
              .setVariables(UpgradeAdvisoryProcess.startVariables(advisory, notice, customer.id(), customer.name(),
                  installation.cluster(), installation.version().toString()))
              .execute().getId();
          store.setProcessInstanceId(notice, instance);
          reached++;
        }
        if (!reachedHere.isEmpty()) {
          mails.published(customer, advisory, reachedHere.stream().map(Installation::cluster).toList());
        }
      }
      return new Published(advisory, reached);
    });
  }

  /** The customer's installations of the advisory's product whose version is in an affected range. */
  static List<Installation> affected(Customer customer, Publication p) {
    return customer.installations().stream()
        .filter(i -> i.product().equals(p.product()) && VersionRange.anyContains(p.affected(), i.version()))
        .toList();
  }
}
