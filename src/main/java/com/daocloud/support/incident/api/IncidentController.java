package com.daocloud.support.incident.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.RemoteAccess;
import com.daocloud.support.incident.ReportRateLimit;
import com.daocloud.support.security.CurrentUser;
import java.util.List;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident endpoints. Customer users act for their own customer only; staff who work
 * incidents (administrators, customer service, engineers) may report for any customer, and every staff
 * member may read.
 */
@RestController
@RequestMapping("/api/incidents")
public class IncidentController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Visible ASCII: the key is stored and compared as it is sent. */
  static final String IDEMPOTENCY_KEY_PATTERN = "[\\x21-\\x7E]{1,200}";
  static final int MAX_TEXT = 4000;
  private static final Set<String> REPORTING_STAFF =
      Set.of(Groups.ADMIN, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_ENGINEERS);
  private static final Pattern NUMBER = Pattern.compile("INC-\\d{4}-\\d{6,}");
  private static final String RECORDS = "incidents";

  private final IncidentIntake intake;
  private final IncidentStore store;
  private final CustomerDirectory customers;
  private final RemoteAccess remoteAccess;
  private final CustomerLoop customerLoop;
  private final CustomerScope scope;
  private final ReportRateLimit rateLimit;

  public IncidentController(IncidentIntake intake, IncidentStore store, CustomerDirectory customers,
      RemoteAccess remoteAccess, CustomerLoop customerLoop, CustomerScope scope, ReportRateLimit rateLimit) {
    this.scope = scope;
    this.rateLimit = rateLimit;
    this.intake = intake;
    this.store = store;
    this.customers = customers;
    this.remoteAccess = remoteAccess;
    this.customerLoop = customerLoop;
  }

  @PostMapping
  public ResponseEntity<IncidentViews.Created> report(@Valid @RequestBody IncidentRequest body,
      @RequestHeader(value = IDEMPOTENCY_KEY, required = false)
      @jakarta.validation.constraints.Pattern(regexp = IDEMPOTENCY_KEY_PATTERN, message = "must be 1 to 200 visible ASCII characters")
      String idempotencyKey) {
    CurrentUser user = CurrentUser.get();
    CustomerProfile customer = reportingCustomer(user, body.customerId());
    boolean replay = idempotencyKey != null && store.findByIdempotencyKey(customer.id(), idempotencyKey).isPresent();
    if (user.isCustomer() && !replay) {
      rateLimit.requireAllowance(customer.id());
    }
    var c = body.contact();
    IncidentIntake.Reported reported = intake.report(new IncidentIntake.Report(customer, body.installation().trim(),
        body.title().trim(), body.description(), body.requestType(), body.productionImpact(), body.dataLoss(),
        body.workaroundAvailable(), new Incident.Contact(c.name().trim(), c.phoneOrNull(),
            c.emailOrNull()), user.userId(), idempotencyKey));
    // A replay answers exactly what the first request answered.
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/incidents/" + reported.incident().number())
        .body(IncidentViews.created(reported.incident()));
  }

  @GetMapping("/{number}")
  public IncidentViews.Detail get(@PathVariable String number) {
    CurrentUser user = CurrentUser.get();
    Incident incident = readable(user, number);
    return IncidentViews.detail(incident, store.timeline(incident.id(), user.isStaff()),
        store.resolution(incident.id()), store.subscription(number));
  }

  @GetMapping
  public List<IncidentViews.Summary> list(@RequestParam(required = false) String customerId,
      @RequestParam(required = false) String status) {
    CurrentUser user = CurrentUser.get();
    if (status != null && !IncidentStatus.ALL.contains(status)) {
      throw new ApiException.BadRequest("status", "must be one of " + String.join(", ", IncidentStatus.ALL));
    }
    String customer = scope.listFilter(user, customerId, RECORDS);
    return store.list(customer, status).stream().map(IncidentViews::summary).toList();
  }

  @PostMapping("/{number}/remote-access")
  public IncidentViews.Detail remoteAccess(@PathVariable String number,
      @Valid @RequestBody RemoteAccessRequest body) {
    CurrentUser user = CurrentUser.get();
    Incident incident = readable(user, number);
    if (!user.isCustomer() && REPORTING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only the customer, customer service or engineers answer for remote access");
    }
    if (!remoteAccess.answer(incident, body.granted())) {
      throw new ApiException.Conflict("Incident " + number + " is not waiting for remote access");
    }
    return get(number);
  }

  /** CUS-2, CLS-4: the customer's answer to a request for information; 409 unless one is awaited. */
  @PostMapping("/{number}/information")
  public IncidentViews.Detail information(@PathVariable String number,
      @Valid @RequestBody InformationRequest body) {
    CurrentUser user = CurrentUser.get();
    Incident incident = actingFor(user, number);
    if (!IncidentStatus.AWAITING_CUSTOMER.equals(incident.status())
        || !customerLoop.provideInformation(incident, body.text().trim())) {
      throw new ApiException.Conflict("Incident " + number + " is not waiting for information (status "
          + store.require(number).status() + ")");
    }
    return get(number);
  }

  /** CLS-1, CLS-2: accept the proposed solution (the incident closes) or object (it is worked again). */
  @PostMapping("/{number}/closure-response")
  public IncidentViews.Detail closureResponse(@PathVariable String number,
      @Valid @RequestBody ClosureResponseRequest body) {
    CurrentUser user = CurrentUser.get();
    Incident incident = actingFor(user, number);
    if (!IncidentStatus.SOLUTION_PROPOSED.equals(incident.status())
        || !customerLoop.respondToSolution(incident, body.accepted(), body.commentOrNull())) {
      throw new ApiException.Conflict("Incident " + number + " has no proposed solution to respond to (status "
          + store.require(number).status() + ")");
    }
    return get(number);
  }

  /**
   * L12-7: the customer (its users, or customer service for it) asks for e-mail updates of an incident.
   * Closed incidents send nothing more, so changing their subscription is a 409.
   */
  @PutMapping("/{number}/subscription")
  public IncidentViews.SubscriptionView subscription(@PathVariable String number,
      @Valid @RequestBody SubscriptionRequest body) {
    CurrentUser user = CurrentUser.get();
    String email = body.emailOrNull();
    Incident incident = readable(user, number);
    if (!user.isCustomer() && !user.isAdmin() && !user.isMemberOf(Groups.CUSTOMER_SERVICE)) {
      throw new ApiException.Forbidden("Only the customer or customer service set up e-mail updates");
    }
    if (IncidentStatus.CLOSED.equals(incident.status())) {
      throw new ApiException.Conflict("Incident " + number + " is closed; it sends no more updates");
    }
    store.subscribe(number, email, body.enabled());
    return IncidentViews.subscription(store.subscription(number));
  }

  /** The incident, if the user may act on it as the customer: its own customer's users and working staff. */
  private Incident actingFor(CurrentUser user, String number) {
    Incident incident = readable(user, number);
    if (!user.isCustomer() && REPORTING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only the customer, customer service or engineers answer for the customer");
    }
    return incident;
  }

  private Incident readable(CurrentUser user, String number) {
    return scope.readable(user, NUMBER.matcher(number).matches() ? store.findByNumber(number) : Optional.empty(),
        Incident::customerId, "No incident " + number);
  }

  private CustomerProfile reportingCustomer(CurrentUser user, String customerId) {
    scope.requireOwnIfCustomer(user, customerId, "You may only report incidents for your own customer");
    if (!user.isCustomer() && REPORTING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only customers, customer service and engineers report incidents");
    }
    return customers.find(customerId)
        .orElseThrow(() -> new ApiException.BadRequest("customerId", "no such customer"));
  }
}
