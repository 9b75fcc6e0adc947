package com.daocloud.support.customer;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.security.CurrentUser;
import com.daocloud.support.sla.CalendarUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and replaces customers for the API, and answers {@link CustomerDirectory} and
 * {@link CalendarUsage} for the rest of the application.
 */
@Service
public class CustomerService implements CustomerDirectory, CalendarUsage {

  /** Staff groups that may read any customer; administrators may also write. */
  static final List<String> STAFF = List.of(Groups.SUPPORT_ENGINEERS, Groups.CUSTOMER_SERVICE,
      Groups.DUTY_SUPERVISORS, Groups.SUPPORT_MANAGERS, Groups.POLICY_ANALYSTS);

  /** The result of a PUT: the stored record and whether it was new. */
  public record Saved(Customer customer, boolean created) {
  }

  private final CustomerRepository repository;
  private final CustomerValidator validator;
  private final IdentityService identityService;
  private final ExtendedMaintenanceContracts contracts;

  public CustomerService(CustomerRepository repository, CustomerValidator validator,
      IdentityService identityService, ExtendedMaintenanceContracts contracts) {
    this.repository = repository;
    this.validator = validator;
    this.identityService = identityService;
    this.contracts = contracts;
  }

  @Override
  public Optional<CustomerProfile> find(String customerId) {
    return repository.find(customerId).map(Customer::profile);
  }

  @Override
  public Optional<String> customerOfUser(String userId) {
    return repository.customerOfUser(userId);
  }

  @Override
  public List<String> clusters(String customerId) {
    return repository.find(customerId).map(customer -> customer.installations().stream()
        .map(Installation::cluster).toList()).orElse(List.of());
  }

  @Override
  public boolean isCalendarUsed(String calendarId) {
    return repository.isCalendarUsed(calendarId);
  }

  public Optional<Customer> customer(String customerId) {
    return repository.find(customerId);
  }

  /**
   * The customer as the caller may see it: staff see every customer, a customer user only its own
   * (403 for any other, known or not, so that ids of other customers cannot be probed).
   */
  @Transactional(readOnly = true)
  public Customer read(CurrentUser caller, String customerId) {
    requireReadable(caller, customerId);
    return repository.find(customerId).orElseThrow(
        () -> new ApiException.NotFound("No customer with id '" + customerId + "'."));
  }

  /**
   * RSP-2: the zone and calendar a customer's cluster counts coverage in, for whoever may read the customer's
   * record ({@link #read}). An unknown customer or cluster is a 400 on its field: it is an input of the
   * question asked, not the resource.
   */
  @Transactional(readOnly = true)
  public CustomerProfile.Site site(CurrentUser caller, String customerId, String cluster) {
    requireReadable(caller, customerId);
    Customer customer = repository.find(customerId).orElseThrow(
        () -> new ApiException.BadRequest("customerId", "there is no customer " + customerId));
    if (customer.installation(cluster).isEmpty()) {
      throw new ApiException.BadRequest("installation",
          "customer " + customerId + " has no cluster " + cluster);
    }
    return customer.profile().site(cluster);
  }

  /** Staff read every customer, a customer user its own only (403 for any other, known or not). */
  private void requireReadable(CurrentUser caller, String customerId) {
    if (caller.isCustomer() && !caller.isAdmin()) {
      Optional<String> own = caller.tokenCustomerId() != null ? Optional.of(caller.tokenCustomerId())
          : repository.customerOfUser(caller.userId());
      if (own.isEmpty() || !own.get().equals(customerId)) {
        throw new ApiException.Forbidden("You may read your own customer's record only.");
      }
    } else if (!caller.isAdmin() && STAFF.stream().noneMatch(caller::isMemberOf)) {
      throw new ApiException.Forbidden("Only support staff may read customer records.");
    }
  }

  /** Creates or replaces the whole record in one transaction (writes: admin only). */
  @Transactional
  public Saved replace(CurrentUser caller, String customerId, CustomerDocument document) {
    if (!caller.isAdmin()) {
      throw new ApiException.Forbidden("Only administrators may change customer records.");
    }
    CustomerValidator.Validated validated = validator.validate(customerId, document, this::userExists,
        repository::customerOfUser, this::inCustomerService, this::isCustomerUser);
    Customer customer = validated.customer();
    Optional<Customer> existing = repository.find(customer.id());
    customer = keepClusterValidity(customer, existing);
    repository.replace(customer);
    if (document.eamContracts() != null) {
      recordContracts(customer.id(), validated.eamContracts());
    }
    // CUS-1: the administrators act for the customer they administer; the validator let through only
    // users who act for it already or for no customer yet.
    for (String administrator : customer.administrators()) {
      if (repository.customerOfUser(administrator).isEmpty()) {
        repository.assignUser(administrator, customer.id());
      }
    }
    return new Saved(repository.find(customer.id()).orElseThrow(), existing.isEmpty());
  }

  /**
   * EAM-4: the contracts an administrator records on the customer record (signed outside the application, arrears
   * settled): a listed contract not on record is recorded (which resumes incidents waiting for it), one on record
   * that was recorded here earlier and is no longer listed is removed; contracts of approved applications stay.
   */
  private void recordContracts(String customerId, List<CustomerDocument.EamContractEntry> listed) {
    List<ExtendedMaintenanceContracts.Contract> recorded = contracts.contracts(customerId);
    for (ExtendedMaintenanceContracts.Contract contract : recorded) {
      boolean stillListed = listed.stream().anyMatch(entry -> same(entry, contract));
      if (contract.administered() && !stillListed) {
        contracts.remove(contract.id());
      }
    }
    for (CustomerDocument.EamContractEntry entry : listed) {
      if (recorded.stream().noneMatch(contract -> same(entry, contract))) {
        contracts.record(customerId, entry.cluster(), entry.start(), entry.end(),
            ExtendedMaintenanceContracts.ADMINISTERED);
      }
    }
  }

  private static boolean same(CustomerDocument.EamContractEntry entry, ExtendedMaintenanceContracts.Contract contract) {
    return entry.cluster().equals(contract.cluster()) && entry.start().equals(contract.start())
        && entry.end().equals(contract.end());
  }

  /** The record as the API writes it, with the customer's EAM contracts. */
  public CustomerDocument document(Customer customer) {
    return CustomerDocument.of(customer, contracts.contracts(customer.id()));
  }

  /** Lets an engine user act for a customer; used by the demo data and future user management. */
  @Transactional
  public void assignUser(String userId, String customerId) {
    repository.assignUser(userId, customerId);
  }

  /**
   * ENT-5: growth inside an existing cluster shares that cluster's validity, so a cluster that is
   * already on record keeps its first activation even when the new record names a later one (an
   * upgrade or a re-activated licence does not restart its service). Remove the cluster in one PUT
   * and add it in the next to correct a wrong date.
   */
  static Customer keepClusterValidity(Customer customer, Optional<Customer> existing) {
    if (existing.isEmpty()) {
      return customer;
    }
    List<Installation> installations = new ArrayList<>();
    for (Installation given : customer.installations()) {
      Installation kept = existing.get().installation(given.cluster())
          .filter(old -> old.activatedOn().isBefore(given.activatedOn()))
          .map(old -> new Installation(given.cluster(), given.product(), given.version(),
              given.kind(), old.activatedOn(), given.timeZone(), given.calendarId()))
          .orElse(given);
      installations.add(kept);
    }
    return new Customer(customer.id(), customer.name(), customer.serviceTier(),
        customer.timeZone(), customer.calendarId(), customer.maintenanceOrders(), installations,
        customer.administrators(), customer.representative());
  }

  private boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  /** A user of group {@code customers} and of no staff group: someone who acts for a customer. */
  private boolean isCustomerUser(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return groups.contains(Groups.CUSTOMERS)
        && groups.stream().noneMatch(group -> Groups.ALL.contains(group) && !Groups.CUSTOMERS.equals(group));
  }

  private boolean inCustomerService(String userId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CUSTOMER_SERVICE)
        .count() > 0;
  }
}
