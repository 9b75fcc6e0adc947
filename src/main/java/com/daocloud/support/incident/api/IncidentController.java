package com.daocloud.support.incident.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.AccessAnswer;
import com.daocloud.support.incident.ClosureAnswer;
import com.daocloud.support.incident.ClosureResponses;
import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.RemoteAccess;
import com.daocloud.support.incident.ReportRateLimit;
import com.daocloud.support.incident.ReportTarget;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import com.daocloud.support.time.EngineClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@Tag(name = OpenApiConfiguration.INCIDENTS)
public class IncidentController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Visible ASCII: the key is stored and compared as it is sent. */
  static final String IDEMPOTENCY_KEY_PATTERN = "[\\x21-\\x7E]{1,200}";
  static final int MAX_TEXT = 4000;
  /** The README's first example. */
  static final String REPORT_EXAMPLE = """
      {"customerId": "acme", "installation": "prod-1", "title": "Production cluster down, API server not answering",
       "description": "The API server does not answer.", "requestType": "fault", "productionImpact": "outage",
       "dataLoss": false, "workaroundAvailable": false,
       "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}""";
  private static final Set<String> REPORTING_STAFF =
      Set.of(Groups.ADMIN, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_ENGINEERS);
  private static final Pattern NUMBER = Pattern.compile("INC-\\d{4}-\\d{6,}");
  private static final String RECORDS = "incidents";

  private final IncidentIntake intake;
  private final IncidentStore store;
  private final ReportTarget target;
  private final RemoteAccess remoteAccess;
  private final CustomerLoop customerLoop;
  private final ClosureResponses closureResponses;
  private final CustomerScope scope;
  private final ReportRateLimit rateLimit;
  private final ResponsePlanner planner;

  public IncidentController(IncidentIntake intake, IncidentStore store, ReportTarget target,
      RemoteAccess remoteAccess, CustomerLoop customerLoop, ClosureResponses closureResponses, CustomerScope scope,
      ReportRateLimit rateLimit, ResponsePlanner planner) {
    this.planner = planner;
    this.closureResponses = closureResponses;
    this.scope = scope;
    this.rateLimit = rateLimit;
    this.intake = intake;
    this.store = store;
    this.target = target;
    this.remoteAccess = remoteAccess;
    this.customerLoop = customerLoop;
  }

  @PostMapping
  @Operation(operationId = "reportIncident", summary = "Report an incident", description = """
      Records the incident and answers at once with its number, its level (decided by the `incident-level` \
      table from the request type, the production impact, data loss and workaround), the customer's entitlement \
      and, where the SLA clock runs, when support must respond. The incident is recorded whatever the \
      entitlement; the clock runs only for `entitled` and `limited`. A customer's user reports for its own \
      customer only. An `installation` the customer does not have is refused as invalid input, with a message that \
      lists the customer's clusters.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "outage", summary = "A production cluster is down",
      description = "Acme's cluster prod-1 is down and there is no workaround: a Level 1 incident",
      value = REPORT_EXAMPLE)))
  @ApiResponse(responseCode = "201", description = "The incident is recorded; Location is its address",
      useReturnTypeSchema = true, headers = @Header(name = "Location", description = "The incident's address",
          schema = @Schema(type = "string", example = "/api/incidents/INC-2026-000042")))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS})
  public ResponseEntity<IncidentViews.Created> report(@Valid @RequestBody IncidentRequest body,
      @Parameter(description = """
          Any text of 1 to 200 visible ASCII characters that your tool makes up for this report (a UUID, the \
          alert's id). Sending the same report again with the same key answers the incident recorded the first \
          time, never a second one: safe retries after a timeout.""", example = "alert-7f3c2a91")
      @RequestHeader(value = IDEMPOTENCY_KEY, required = false)
      @jakarta.validation.constraints.Pattern(regexp = IDEMPOTENCY_KEY_PATTERN,
          message = "must be 1 to 200 visible ASCII characters")
      String idempotencyKey) {
    CurrentUser user = CurrentUser.get();
    CustomerProfile customer = reportingCustomer(user, body.customerId());
    boolean replay = idempotencyKey != null && store.findByIdempotencyKey(customer.id(), idempotencyKey).isPresent();
    if (user.isCustomer() && !replay) {
      rateLimit.requireAllowance(customer.id());
    }
    if (!replay) {
      target.requireInstallation(customer, body.installation().trim());
    }
    IncidentIntake.Reported reported = intake.report(body.report(customer, user.userId(), idempotencyKey));
    // A replay answers exactly what the first request answered.
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/incidents/" + reported.incident().number())
        .body(IncidentViews.created(reported.incident()));
  }

  @GetMapping("/{number}")
  @Operation(operationId = "readIncident", summary = "Read an incident", description = """
      The incident with its status, deadline, first contact, proposed solution and the timeline the customer \
      sees, oldest entry (the report) first.""")
  @ApiProblems(HttpStatus.NOT_FOUND)
  public IncidentViews.Detail get(@Parameter(example = "INC-2026-000042") @PathVariable String number) {
    CurrentUser user = CurrentUser.get();
    Incident incident = readable(user, number);
    return IncidentViews.detail(incident, store.timeline(incident.id(), user.isStaff()),
        store.resolution(incident.id()), store.subscription(number), planner.explanation(incident), EngineClock.now());
  }

  @GetMapping
  @Operation(operationId = "listIncidents", summary = "List incidents", description = """
      The incidents of a customer (a customer's user: its own customer's, whatever it asks for), oldest first, \
      optionally of one status only.""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND})
  public List<IncidentViews.Summary> list(
      @Parameter(description = "Only this customer's incidents (staff); a customer's user may name its own",
          example = "acme") @RequestParam(required = false) String customerId,
      @Parameter(description = "Only incidents in this status", schema = @Schema(type = "string",
          allowableValues = {IncidentStatus.OPEN, IncidentStatus.AWAITING_CUSTOMER, IncidentStatus.SOLUTION_PROPOSED,
              IncidentStatus.CLOSED})) @RequestParam(required = false) String status) {
    CurrentUser user = CurrentUser.get();
    if (status != null && !IncidentStatus.ALL.contains(status)) {
      throw new ApiException.BadRequest("status", "must be one of " + String.join(", ", IncidentStatus.ALL));
    }
    String customer = scope.listFilter(user, customerId, RECORDS);
    return store.list(customer, status).stream().map(IncidentViews::summary).toList();
  }

  @PostMapping("/{number}/remote-access")
  @Operation(operationId = "answerRemoteAccess", summary = "Grant or refuse access, or arrange on-site access",
      description = """
      The customer's answer to support's request for access to a Level 1 or Level 2 incident's installation \
      (L12-1, L12-2): remote access granted or refused, or on-site access arranged for support's representative \
      instead. Accepted while the request is open, also before customer service has called. Refused, or no \
      answer within 30 minutes of that call, a Level 1 incident becomes Level 2. Answers the incident as it is \
      now; 409 unless the incident waits for access.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
      @ExampleObject(name = "granted", summary = "Support may connect to the installation now",
          description = "Answers support's access request; {\"granted\": false} refuses it",
          value = "{\"granted\": true}"),
      @ExampleObject(name = "onSite", summary = "Support's representative may come on site instead",
          description = "On-site access counts as access (L12-2)", value = "{\"onSite\": true}")}))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public IncidentViews.Detail remoteAccess(@Parameter(example = "INC-2026-000042") @PathVariable String number,
      @Valid @RequestBody RemoteAccessRequest body) {
    CurrentUser user = CurrentUser.get();
    AccessAnswer answer = body.answer();
    Incident incident = readable(user, number);
    if (!user.isCustomer() && REPORTING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only the customer, customer service or engineers answer for remote access");
    }
    if (!remoteAccess.answer(incident, answer, user.userId())) {
      throw new ApiException.Conflict("Incident " + number + " is not waiting for remote access");
    }
    return get(number);
  }

  /** CUS-2, CLS-4: the customer's answer to a request for information; 409 unless one is awaited. */
  @PostMapping("/{number}/information")
  @Operation(operationId = "provideInformation", summary = "Answer a request for information", description = """
      The customer's answer when support asked for information (the incident is `awaiting-customer`; the \
      question is in the timeline as `information-requested`). Support works on; without an answer within the \
      level's wait the incident closes as `cancelled-by-customer` (CLS-4). 409 unless an answer is awaited.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "logs", summary = "The customer sends what support asked for",
      description = "Answers the question of the latest information-requested entry of the timeline",
      value = "{\"text\": \"The API server log from 09:00 to 09:30 is attached to ticket 4711.\"}")))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public IncidentViews.Detail information(@Parameter(example = "INC-2026-000042") @PathVariable String number,
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
  @Operation(operationId = "respondToSolution", summary = "Accept or object to the proposed solution", description = """
      The customer's response to a proposed solution (status `solution-proposed`): accepted, the incident \
      closes as `resolved` (CLS-1); an objection sends it back to support with the comment. Silence for the \
      confirmation wait closes it as `transferred-to-customer` (CLS-2). The timeline names who answered (CLS-1): \
      a customer's user answers online; staff who took the answer by phone, e-mail or in person record it with \
      `channel` (phone, email or in-person; recommended) and optionally `contactName`. 409 unless a solution is proposed.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "accepted", summary = "The solution works: close the incident",
      description = "Closes the incident as resolved; {\"accepted\": false, \"comment\": \"...\"} sends it back "
          + "to support",
      value = "{\"accepted\": true, \"comment\": \"The cluster is back, thank you.\"}")))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public IncidentViews.Detail closureResponse(@Parameter(example = "INC-2026-000042") @PathVariable String number,
      @Valid @RequestBody ClosureResponseRequest body) {
    CurrentUser user = CurrentUser.get();
    Incident incident = actingFor(user, number);
    ClosureAnswer answer = closureAnswer(user, body);
    if (!IncidentStatus.SOLUTION_PROPOSED.equals(incident.status())
        || !closureResponses.respond(incident, body.accepted(), body.commentOrNull(), answer)) {
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
  @Operation(operationId = "subscribeToUpdates", summary = "Subscribe to e-mail updates", description = """
      Sends each update of the incident that the customer sees to one e-mail address (L12-7); `enabled: false` \
      stops them. 409 for a closed incident.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "subscribe", summary = "Send every update of the incident to the operations mailbox",
      description = "E-mail updates of what the customer sees in the timeline",
      value = "{\"email\": \"ops@example.com\", \"enabled\": true}")))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public IncidentViews.SubscriptionView subscription(
      @Parameter(example = "INC-2026-000042") @PathVariable String number,
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

  /** CLS-1: who gives the answer: the customer's own user online, or staff for the customer by a channel. */
  private static ClosureAnswer closureAnswer(CurrentUser user, ClosureResponseRequest body) {
    String contactName = body.contactNameOrNull();
    if (user.isCustomer()) {
      if (body.channel() != null || contactName != null) {
        throw new ApiException.BadRequest(body.channel() != null ? "channel" : "contactName",
            "is for staff recording the customer's answer; your own answer is recorded as given online");
      }
      return ClosureAnswer.online(user.userId());
    }
    // Without a channel (the plain {accepted, comment}) the answer is still recorded as staff's, "recorded by".
    return ClosureAnswer.onBehalf(user.userId(), body.channel(), contactName);
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
    return target.customer(customerId);
  }
}
