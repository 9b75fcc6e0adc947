package com.daocloud.support.s360.advisory;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.change.ChangeRequestService;
import com.daocloud.support.change.ChangeTypes;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer accepts the upgrade its dedicated team recommended for an advisory (SVC-2: "offer related product
 * revision and version upgrade services"): the upgrade becomes a production change under change control, whose
 * notice rules (CHG-1, CHG-4) apply as to any other change request.
 */
@Service
public class UpgradeOffers {

  private final AdvisoryStore store;
  private final ChangeRequestService changes;
  private final CustomerDirectory customers;
  private final TransactionTemplate transaction;

  public UpgradeOffers(AdvisoryStore store, ChangeRequestService changes, CustomerDirectory customers,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.changes = changes;
    this.customers = customers;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Opens the change request for the upgrade of {@code notice}'s cluster; 409 unless the team recommended the
   * upgrade and it was not accepted before.
   */
  public ChangeRequest accept(Advisory advisory, AdvisoryNotice notice, Instant plannedAt, String acceptedBy) {
    if (!AdvisoryNotice.UPGRADE_RECOMMENDED.equals(notice.assessment())) {
      throw new ApiException.Conflict("No upgrade is offered for cluster " + notice.cluster() + ": the advisory's"
          + " assessment is '" + notice.assessment() + "'");
    }
    if (notice.changeNumber() != null) {
      throw new ApiException.Conflict("The upgrade of cluster " + notice.cluster() + " was already accepted: change"
          + " request " + notice.changeNumber());
    }
    CustomerProfile customer = customers.find(notice.customerId()).orElseThrow(
        () -> new IllegalStateException("Customer " + notice.customerId() + " of an advisory notice is unknown"));
    return transaction.execute(tx -> {
      ChangeRequest change = changes.submit(new ChangeRequestService.Submission(customer, ChangeTypes.PRODUCTION_CHANGE,
          plannedAt, "Upgrade of cluster " + notice.cluster() + " from " + notice.version() + " to " + advisory.fixedIn()
              + " or later, offered for advisory ADV-" + advisory.id() + " (" + advisory.kind() + ", severity "
              + advisory.severity() + ")", null, null, notice.cluster(), false, acceptedBy), changes.now());
      if (!store.acceptUpgrade(notice.id(), change.number())) {
        throw new ApiException.Conflict("The upgrade of cluster " + notice.cluster() + " was already accepted");
      }
      return change;
    });
  }
}
