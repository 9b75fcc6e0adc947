package com.daocloud.support.incident.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.ClosureAnswer;
import com.daocloud.support.incident.ClosureResponses;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.mail.Mailbox;
import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.RemoteAccess;
import com.daocloud.support.incident.ReportRateLimit;
import com.daocloud.support.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
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
  static final Set<String> REQUEST_TYPES = Set.of("fault", "usage-question", "suggestion");
  static final Set<String> PRODUCTION_IMPACTS = Set.of("outage", "degraded", "partial", "none");
  private static final Set<String> REPORTING_STAFF =
      Set.of(Groups.ADMIN, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_ENGINEERS);
  private static final String NOT_A_MAILBOX = "is not one e-mail address (name@host.example; no group, list or display name)";
  private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,64}");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
  private static final Pattern NUMBER = Pattern.compile("INC-\\d{4}-\\d{6,}");
  private static final int MAX_TEXT = 4000;
  private static final String RECORDS = "incidents";

  private final IncidentIntake intake;
  private final IncidentStore store;
  private final CustomerDirectory customers;
  private final RemoteAccess remoteAccess;
  private final CustomerLoop customerLoop;
  private final ClosureResponses closureResponses;
  private final CustomerScope scope;
  private final ReportRateLimit rateLimit;

  public IncidentController(IncidentIntake intake, IncidentStore store, CustomerDirectory customers,
      RemoteAccess remoteAccess, CustomerLoop customerLoop, ClosureResponses closureResponses, CustomerScope scope,
      ReportRateLimit rateLimit) {
    this.closureResponses = closureResponses;
    this.scope = scope;
    this.rateLimit = rateLimit;
    this.intake = intake;
    this.store = store;
    this.customers = customers;
    this.remoteAccess = remoteAccess;
    this.customerLoop = customerLoop;
  }

  @PostMapping
  public ResponseEntity<IncidentViews.Created> report(@RequestBody IncidentRequest body,
      @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    CurrentUser user = CurrentUser.get();
    validate(body, idempotencyKey);
    CustomerProfile customer = reportingCustomer(user, body.customerId());
    boolean replay = idempotencyKey != null && store.findByIdempotencyKey(customer.id(), idempotencyKey).isPresent();
    if (user.isCustomer() && !replay) {
      rateLimit.requireAllowance(customer.id());
    }
    var c = body.contact();
    IncidentIntake.Reported reported = intake.report(new IncidentIntake.Report(customer, body.installation().trim(),
        body.title().trim(), body.description(), body.requestType(), body.productionImpact(), body.dataLoss(),
        body.workaroundAvailable(), new Incident.Contact(c.name().trim(), blankToNull(c.phone()),
            blankToNull(c.email())), user.userId(), idempotencyKey));
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
  public IncidentViews.Detail remoteAccess(@PathVariable String number, @RequestBody RemoteAccessRequest body) {
    CurrentUser user = CurrentUser.get();
    if (body.granted() == null) {
      throw new ApiException.BadRequest("granted", "is required (true or false)");
    }
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
  public IncidentViews.Detail information(@PathVariable String number, @RequestBody InformationRequest body) {
    CurrentUser user = CurrentUser.get();
    if (body.text() == null || body.text().isBlank()) {
      throw new ApiException.BadRequest("text", "is required");
    }
    if (body.text().length() > MAX_TEXT) {
      throw new ApiException.BadRequest("text", "must be at most " + MAX_TEXT + " characters");
    }
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
  public IncidentViews.Detail closureResponse(@PathVariable String number, @RequestBody ClosureResponseRequest body) {
    CurrentUser user = CurrentUser.get();
    if (body.accepted() == null) {
      throw new ApiException.BadRequest("accepted", "is required (true or false)");
    }
    if (body.comment() != null && body.comment().length() > MAX_TEXT) {
      throw new ApiException.BadRequest("comment", "must be at most " + MAX_TEXT + " characters");
    }
    if (body.channel() != null && !ClosureAnswer.STAFF_CHANNELS.contains(body.channel())) {
      throw new ApiException.BadRequest("channel", "must be one of " + String.join(", ", ClosureAnswer.STAFF_CHANNELS));
    }
    if (body.contactName() != null && body.contactName().length() > 200) {
      throw new ApiException.BadRequest("contactName", "must be at most 200 characters");
    }
    Incident incident = actingFor(user, number);
    ClosureAnswer answer = closureAnswer(user, body);
    if (!IncidentStatus.SOLUTION_PROPOSED.equals(incident.status())
        || !closureResponses.respond(incident, body.accepted(), blankToNull(body.comment()), answer)) {
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
      @RequestBody SubscriptionRequest body) {
    CurrentUser user = CurrentUser.get();
    List<FieldProblem> problems = new ArrayList<>();
    if (body.enabled() == null) {
      problems.add(new FieldProblem("enabled", "is required (true or false)"));
    }
    String email = blankToNull(body.email());
    if (Boolean.TRUE.equals(body.enabled()) && email == null) {
      problems.add(new FieldProblem("email", "is required to receive e-mail updates"));
    }
    if (email != null && !Mailbox.isValid(email)) {
      problems.add(new FieldProblem("email", NOT_A_MAILBOX));
    }
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
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

  /** CLS-1: who gives the answer: the customer's own user online, or staff for the customer by a channel. */
  private static ClosureAnswer closureAnswer(CurrentUser user, ClosureResponseRequest body) {
    String contactName = blankToNull(body.contactName());
    if (user.isCustomer()) {
      if (body.channel() != null || contactName != null) {
        throw new ApiException.BadRequest(body.channel() != null ? "channel" : "contactName",
            "is for staff recording the customer's answer; your own answer is recorded as given online");
      }
      return ClosureAnswer.online(user.userId());
    }
    if (body.channel() == null) {
      throw new ApiException.BadRequest("channel", "is required when staff record the customer's answer: "
          + String.join(", ", ClosureAnswer.STAFF_CHANNELS));
    }
    return ClosureAnswer.onBehalf(user.userId(), body.channel(), contactName == null ? null : contactName.trim());
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


  private static void validate(IncidentRequest body, String idempotencyKey) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "customerId", body.customerId(), 64);
    required(problems, "installation", body.installation(), 128);
    required(problems, "title", body.title(), 200);
    required(problems, "description", body.description(), 10_000);
    oneOf(problems, "requestType", body.requestType(), REQUEST_TYPES);
    oneOf(problems, "productionImpact", body.productionImpact(), PRODUCTION_IMPACTS);
    if (body.dataLoss() == null) {
      problems.add(new FieldProblem("dataLoss", "is required (true or false)"));
    }
    if (body.workaroundAvailable() == null) {
      problems.add(new FieldProblem("workaroundAvailable", "is required (true or false)"));
    }
    var contact = body.contact();
    if (contact == null) {
      problems.add(new FieldProblem("contact", "is required: {name, phone, email}"));
    } else {
      required(problems, "contact.name", contact.name(), 200);
      boolean phone = contact.phone() != null && !contact.phone().isBlank();
      boolean email = contact.email() != null && !contact.email().isBlank();
      if (!phone && !email) {
        problems.add(new FieldProblem("contact.phone", "give a phone number or an e-mail address"));
      }
      if (phone && !PHONE.matcher(contact.phone().trim()).matches()) {
        problems.add(new FieldProblem("contact.phone", "is not a phone number"));
      }
      if (email && !Mailbox.isValid(contact.email().trim())) {
        problems.add(new FieldProblem("contact.email", NOT_A_MAILBOX));
      }
    }
    if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
      problems.add(new FieldProblem(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters"));
    }
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
  }

  private static void required(List<FieldProblem> problems, String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.length() > maxLength) {
      problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
    }
  }

  private static void oneOf(List<FieldProblem> problems, String field, String value, Set<String> allowed) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (!allowed.contains(value)) {
      problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
