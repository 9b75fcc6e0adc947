package com.daocloud.support.customer;

import com.daocloud.support.api.ApiDates;
import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.Version;
import com.daocloud.support.sla.CalendarLookup;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a customer document field by field and reports every problem at once, each naming its JSON
 * path, so that nothing half-valid is ever stored.
 */
@Component
class CustomerValidator {

  static final String DEFAULT_CALENDAR = "weekdays";
  static final int ADMINISTRATOR_COUNT = 2;

  private static final Pattern CLUSTER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final int MAX_NAME = 200;

  private final CalendarLookup calendars;

  CustomerValidator(CalendarLookup calendars) {
    this.calendars = calendars;
  }

  static boolean isCustomerId(String id) {
    return CustomerIds.isValid(id);
  }

  /**
   * The customer the document describes, or a 400 naming every invalid field.
   *
   * @param userExists whether an engine user id exists
   * @param customerOfUser which customer an engine user acts for, if any
   * @param inCustomerService whether an engine user is a member of {@code customer-service}
   * @param customerUser whether an engine user is a customer user: of group {@code customers}, of no staff group
   */
  /** A valid customer record and the EAM contracts that an administrator records with it (EAM-4). */
  record Validated(Customer customer, List<CustomerDocument.EamContractEntry> eamContracts) {
  }

  Validated validate(String id, CustomerDocument doc, Predicate<String> userExists,
      Function<String, Optional<String>> customerOfUser, Predicate<String> inCustomerService,
      Predicate<String> customerUser) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!isCustomerId(id)) {
      problems.add(new FieldProblem("id",
          "must be lower-case letters, digits and hyphens (at most 64), e.g. acme"));
    } else if (doc.id() != null && !doc.id().equals(id)) {
      problems.add(new FieldProblem("id", "must equal the id in the path, " + id));
    }

    String name = doc.name() == null ? "" : doc.name().trim();
    if (name.isEmpty()) {
      problems.add(new FieldProblem("name", "is required"));
    } else if (name.length() > MAX_NAME) {
      problems.add(new FieldProblem("name", "must be at most " + MAX_NAME + " characters"));
    }

    ServiceTier tier = null;
    if (doc.serviceTier() == null) {
      problems.add(new FieldProblem("serviceTier", "is required"));
    } else {
      tier = ServiceTier.ofCode(doc.serviceTier()).orElse(null);
      if (tier == null) {
        problems.add(new FieldProblem("serviceTier",
            "must be " + ServiceTier.allowed() + ", not '" + doc.serviceTier() + "'"));
      }
    }

    ZoneId zone = null;
    if (doc.timeZone() == null) {
      problems.add(new FieldProblem("timeZone", "is required"));
    } else {
      zone = zone("timeZone", doc.timeZone(), problems);
    }

    String calendar = calendar("calendar",
        doc.calendar() == null ? DEFAULT_CALENDAR : doc.calendar(), problems);

    List<MaintenanceOrder> orders = orders(doc, tier, problems);
    List<Installation> installations = installations(doc.installations(), problems);
    List<CustomerDocument.EamContractEntry> contracts = eamContracts(doc.eamContracts(), doc.installations(),
        problems);
    List<String> administrators =
        administrators(id, doc.administrators(), userExists, customerOfUser, customerUser, problems);
    String representative =
        representative(doc.representative(), userExists, inCustomerService, problems);

    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
    return new Validated(new Customer(id, name, tier, zone, calendar, orders, installations, administrators,
        representative), contracts);
  }

  /**
   * CHG-5: the order history, oldest first: {@code maintenanceOrders}, or {@code maintenanceOrder} alone as a history
   * of one; when both are given, {@code maintenanceOrder} must be the latest of the history (as a GET writes it).
   */
  private static List<MaintenanceOrder> orders(CustomerDocument doc, ServiceTier tier, List<FieldProblem> problems) {
    MaintenanceOrder current = order(doc.maintenanceOrder(), "maintenanceOrder.", tier, problems);
    if (doc.maintenanceOrders() == null) {
      return current == null ? List.of() : List.of(current);
    }
    List<MaintenanceOrder> history = new ArrayList<>();
    for (int i = 0; i < doc.maintenanceOrders().size(); i++) {
      CustomerDocument.Order given = doc.maintenanceOrders().get(i);
      if (given == null) {
        problems.add(new FieldProblem("maintenanceOrders[" + i + "]", "must be an order, not null"));
        continue;
      }
      MaintenanceOrder order = order(given, "maintenanceOrders[" + i + "].", tier, problems);
      if (order != null && !history.isEmpty() && order.start().isBefore(history.get(history.size() - 1).start())) {
        problems.add(new FieldProblem("maintenanceOrders[" + i + "].start",
            "the history is oldest first: must not start before the order above it"));
      }
      if (order != null) {
        history.add(order);
      }
    }
    if (current != null && !history.isEmpty() && !current.equals(history.get(history.size() - 1))) {
      problems.add(new FieldProblem("maintenanceOrder",
          "must be the latest of maintenanceOrders (or leave one of the two out)"));
    }
    return history;
  }

  /** EAM-4: contracts of the record's own clusters, each ending after it starts. */
  private static List<CustomerDocument.EamContractEntry> eamContracts(List<CustomerDocument.EamContractEntry> given,
      List<CustomerDocument.InstallationEntry> installations, List<FieldProblem> problems) {
    if (given == null) {
      return List.of();
    }
    List<String> clusters = installations == null ? List.of()
        : installations.stream().filter(Objects::nonNull).map(CustomerDocument.InstallationEntry::cluster)
            .toList();
    for (int i = 0; i < given.size(); i++) {
      String field = "eamContracts[" + i + "].";
      CustomerDocument.EamContractEntry contract = given.get(i);
      if (contract == null) {
        problems.add(new FieldProblem("eamContracts[" + i + "]", "must be a contract, not null"));
        continue;
      }
      if (contract.cluster() == null || contract.cluster().isBlank()) {
        problems.add(new FieldProblem(field + "cluster", "is required"));
      } else if (!clusters.contains(contract.cluster())) {
        problems.add(new FieldProblem(field + "cluster",
            "must be one of the record's installations, not '" + contract.cluster() + "'"));
      }
      if (contract.start() == null) {
        problems.add(new FieldProblem(field + "start", "is required"));
      }
      if (contract.end() == null) {
        problems.add(new FieldProblem(field + "end", "is required (the first day no longer covered)"));
      }
      ApiDates.checkRange(problems, field + "start", contract.start());
      ApiDates.checkRange(problems, field + "end", contract.end());
      if (contract.start() != null && contract.end() != null && !contract.end().isAfter(contract.start())) {
        problems.add(new FieldProblem(field + "end", "must be after the start, " + contract.start()));
      }
    }
    return List.copyOf(given);
  }

  /** An IANA zone id, or null with a problem on {@code field}. */
  private static ZoneId zone(String field, String given, List<FieldProblem> problems) {
    if (ZoneId.getAvailableZoneIds().contains(given)) {
      return ZoneId.of(given);
    }
    problems.add(new FieldProblem(field,
        "must be an IANA time zone such as Asia/Shanghai, not '" + given + "'"));
    return null;
  }

  /** The id of a calendar that exists, or null with a problem on {@code field}. */
  private String calendar(String field, String given, List<FieldProblem> problems) {
    if (calendars.exists(given)) {
      return given;
    }
    problems.add(new FieldProblem(field, "is not a known calendar: '" + given + "'"));
    return null;
  }

  /** L12-3: optional; when named, a person of customer service, who hears of Level 1 incidents. */
  private static String representative(String given, Predicate<String> userExists,
      Predicate<String> inCustomerService, List<FieldProblem> problems) {
    if (given == null) {
      return null;
    }
    String userId = given.trim();
    if (userId.isEmpty()) {
      problems.add(new FieldProblem("representative",
          "must name a user of customer-service, or be left out when none is designated"));
    } else if (!userExists.test(userId)) {
      problems.add(new FieldProblem("representative", "is not a known user: '" + userId + "'"));
    } else if (!inCustomerService.test(userId)) {
      problems.add(new FieldProblem("representative",
          "user '" + userId + "' is not a member of customer-service (L12-3)"));
    } else {
      return userId;
    }
    return null;
  }

  private static MaintenanceOrder order(CustomerDocument.Order order, String field, ServiceTier tier,
      List<FieldProblem> problems) {
    if (order == null) {
      return null;
    }
    int before = problems.size();
    if (order.start() == null) {
      problems.add(new FieldProblem(field + "start", "is required"));
    }
    if (order.end() == null) {
      problems.add(new FieldProblem(field + "end", "is required"));
    }
    ApiDates.checkRange(problems, field + "start", order.start());
    ApiDates.checkRange(problems, field + "end", order.end());
    if (order.start() != null && order.end() != null && order.end().isBefore(order.start())) {
      problems.add(new FieldProblem(field + "end",
          "must not be before the start, " + order.start()));
    }
    if (order.feesPaid() == null) {
      problems.add(new FieldProblem(field + "feesPaid", "is required (true or false)"));
    }
    Set<OrderService> services = EnumSet.noneOf(OrderService.class);
    List<String> given = order.services() == null ? List.of() : order.services();
    for (int i = 0; i < given.size(); i++) {
      Optional<OrderService> service = OrderService.ofCode(given.get(i));
      if (service.isPresent()) {
        services.add(service.get());
      } else {
        problems.add(new FieldProblem(field + "services[" + i + "]",
            "must be " + OrderService.allowed() + ", not '" + given.get(i) + "'"));
      }
    }
    if (problems.size() > before || tier == null) {
      return null;
    }
    return new MaintenanceOrder(tier, order.start(), order.end(), order.feesPaid(), services);
  }

  private List<Installation> installations(
      List<CustomerDocument.InstallationEntry> entries, List<FieldProblem> problems) {
    List<Installation> installations = new ArrayList<>();
    if (entries == null) {
      return installations;
    }
    Set<String> clusters = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String field = "installations[" + i + "].";
      CustomerDocument.InstallationEntry entry = entries.get(i);
      if (entry == null) {
        problems.add(new FieldProblem("installations[" + i + "]", "is required"));
        continue;
      }
      int before = problems.size();
      if (entry.cluster() == null || !CLUSTER.matcher(entry.cluster()).matches()) {
        problems.add(new FieldProblem(field + "cluster",
            "must be a cluster name of letters, digits, '.', '_' and '-' (at most 64)"));
      } else if (!clusters.add(entry.cluster())) {
        // ENT-5: a cluster has one validity period, so it is listed once.
        problems.add(new FieldProblem(field + "cluster",
            "lists cluster '" + entry.cluster() + "' a second time"));
      }
      String product = Products.normalise(entry.product());
      if (product == null) {
        problems.add(new FieldProblem(field + "product", Products.FORMAT_MESSAGE));
      }
      Version version = Version.parse(entry.version()).orElse(null);
      if (version == null) {
        problems.add(new FieldProblem(field + "version", Version.FORMAT_MESSAGE));
      }
      InstallationKind kind = InstallationKind.ofCode(entry.kind()).orElse(null);
      if (kind == null) {
        problems.add(new FieldProblem(field + "kind", "must be software or integrated"));
      }
      if (entry.activatedOn() == null) {
        problems.add(new FieldProblem(field + "activatedOn",
            "is required: the licence activation (software) or delivery (integrated) date"));
      }
      ApiDates.checkRange(problems, field + "activatedOn", entry.activatedOn());
      // RSP-2: optional; absent, the cluster counts coverage in the customer's zone and calendar.
      ZoneId zone = entry.timeZone() == null ? null : zone(field + "timeZone", entry.timeZone(), problems);
      String calendar = entry.calendar() == null ? null
          : calendar(field + "calendar", entry.calendar(), problems);
      if (problems.size() == before) {
        installations.add(new Installation(entry.cluster(), product, version, kind,
            entry.activatedOn(), zone, calendar));
      }
    }
    return installations;
  }

  /**
   * CUS-1: none, or two different customer users (not staff) who act for this customer or for none yet
   * (naming them makes them act for it).
   */
  private static List<String> administrators(String customerId, List<String> given,
      Predicate<String> userExists, Function<String, Optional<String>> customerOfUser,
      Predicate<String> customerUser, List<FieldProblem> problems) {
    if (given == null) {
      return List.of();
    }
    if (given.size() != ADMINISTRATOR_COUNT) {
      problems.add(new FieldProblem("administrators",
          "must name exactly two administrators, a primary and a backup (CUS-1), not "
              + given.size()));
      return List.of();
    }
    int before = problems.size();
    for (int i = 0; i < given.size(); i++) {
      String field = "administrators[" + i + "]";
      String userId = given.get(i);
      if (userId == null || userId.isBlank()) {
        problems.add(new FieldProblem(field, "is required"));
      } else if (!userExists.test(userId)) {
        problems.add(new FieldProblem(field, "is not a known user: '" + userId + "'"));
      } else if (!customerUser.test(userId)) {
        problems.add(new FieldProblem(field, "user '" + userId + "' is not a customer user (group "
            + Groups.CUSTOMERS + "): administrators are the customer's own people, not support staff (CUS-1)"));
      } else {
        Optional<String> actsFor = customerOfUser.apply(userId);
        if (actsFor.isPresent() && !actsFor.get().equals(customerId)) {
          problems.add(new FieldProblem(field,
              "user '" + userId + "' acts for another customer"));
        }
      }
    }
    if (given.get(0) != null && given.get(0).equals(given.get(1))) {
      problems.add(new FieldProblem("administrators[1]",
          "the backup must be a different user from the primary (CUS-1)"));
    }
    return problems.size() == before ? List.copyOf(given) : List.of();
  }
}
