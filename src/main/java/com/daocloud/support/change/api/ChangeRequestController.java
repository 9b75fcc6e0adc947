package com.daocloud.support.change.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.constraints.Violations;
import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.change.ChangeRequestService;
import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeTypes;
import com.daocloud.support.change.LapseRequirements;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.ReportRateLimit;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change-request endpoints (docs/processes.md). Customer users act for their own customer only (403
 * otherwise, before anything else is looked up); customer service, engineers and administrators act for
 * any customer; every staff member may read. An unknown customer is a 400 naming {@code customerId},
 * like an incident report's: it is a field of the request, not the resource addressed.
 */
@RestController
@RequestMapping("/api/change-requests")
@Tag(name = OpenApiConfiguration.CHANGES)
public class ChangeRequestController {

  private static final String RECORDS = "change requests";

  private static final Set<String> ACTING_STAFF = Set.of(Groups.ADMIN, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_ENGINEERS);
  private static final Pattern NUMBER = Pattern.compile("CHG-\\d{4}-\\d{6,}");

  private final ChangeRequestService service;
  private final ChangeRequestStore store;
  private final CustomerService customers;
  private final CustomerScope scope;
  private final ReportRateLimit rateLimit;
  private final LapseRequirements lapses;

  public ChangeRequestController(ChangeRequestService service, ChangeRequestStore store, CustomerService customers,
      CustomerScope scope, ReportRateLimit rateLimit, LapseRequirements lapses) {
    this.rateLimit = rateLimit;
    this.lapses = lapses;
    this.service = service;
    this.store = store;
    this.customers = customers;
    this.scope = scope;
  }

  @PostMapping
  @Operation(operationId = "announceChange", summary = "Announce a change", description = """
      A production change or a product movement (CHG-1, CHG-4): the answer says how many days' notice the \
      change type needs, how many were given, and what happens to late notice. Moves name the new data \
      center; all but production changes name the effective date.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "upgrade", summary = "A maintenance upgrade of a production cluster, planned weeks ahead",
      description = "A production change needs 28 days of notice (CHG-1)",
      value = "{\"customerId\": \"acme\", \"changeType\": \"production-change\", "
          + "\"plannedAt\": \"2026-12-24T22:00:00+08:00\", \"description\": \"Upgrade DCE 5.0.3 to 5.0.7 on prod-1\", "
          + "\"installation\": \"prod-1\"}")))
  @ApiResponse(responseCode = "201", description = "The change request is recorded; Location is its address",
      useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN})
  public ResponseEntity<ChangeViews.Created> submit(@Valid @RequestBody ChangeRequestBody body) {
    CurrentUser user = CurrentUser.get();
    Instant now = service.now();
    Instant plannedAt = OffsetDateTime.parse(body.plannedAt().trim()).toInstant();
    LocalDate effectiveDate = Violations.isBlank(body.effectiveDate()) ? null
        : LocalDate.parse(body.effectiveDate().trim());
    String type = body.changeType();
    Customer customer = actingCustomer(user, body.customerId().trim());
    if (effectiveDate != null && effectiveDate.isBefore(LocalDate.ofInstant(now, customer.timeZone()))) {
      throw new ApiException.BadRequest("effectiveDate", "must not be in the past");
    }
    String installation = installation(customer, body.installation());
    // CHG-5: the order history decides whether a product addition brings a cluster back after a lapse whose
    // requirements are open; the customer's own returningAfterLapse is accepted but not needed.
    boolean returning = ChangeTypes.mayReturnAfterLapse(type) && installation != null
        && lapses.openLapse(customer, installation, LocalDate.ofInstant(now, customer.timeZone())).isPresent();
    ChangeRequest change = service.submit(new ChangeRequestService.Submission(customer.profile(), type, plannedAt,
        body.description(), body.newDataCenterOrNull(), effectiveDate, installation, returning, user.userId()),
        now);
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/change-requests/" + change.number())
        .body(ChangeViews.created(change));
  }

  @GetMapping("/{number}")
  @Operation(operationId = "readChangeRequest", summary = "Read a change request")
  @ApiProblems(HttpStatus.NOT_FOUND)
  public ChangeViews.Detail get(@PathVariable String number) {
    return ChangeViews.detail(readable(CurrentUser.get(), number));
  }

  @GetMapping
  @Operation(operationId = "listChangeRequests",
      summary = "List change requests", description = "A customer's change requests (a customer's user: its own).")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND})
  public List<ChangeViews.Detail> list(@RequestParam(required = false) String customerId) {
    String customer = scope.listFilter(CurrentUser.get(), customerId, RECORDS);
    return store.list(customer).stream().map(ChangeViews::detail).toList();
  }

  /** The customer confirms the schedule of the change control plan. */
  @PostMapping("/{number}/confirmation")
  @Operation(operationId = "confirmChangeSchedule",
      summary = "Confirm the change plan's schedule", description = "409 unless a plan awaits confirmation.")
  @ApiProblems({HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ChangeViews.Detail confirm(@PathVariable String number) {
    CurrentUser user = CurrentUser.get();
    ChangeRequest change = readable(user, number);
    mayAct(user);
    return ChangeViews.detail(service.confirmSchedule(change.number()));
  }

  /** CHG-2: unplanned downtime caused by the change is a Level 1 incident at once. */
  @PostMapping("/{number}/downtime")
  @Operation(operationId = "reportChangeDowntime", summary = "Report downtime caused by a change", description = """
      Unplanned downtime caused by the change is a Level 1 incident at once (CHG-2), from submission until the \
      change's post-incident review closes.""")
  @ApiResponse(responseCode = "201", description = "The Level 1 incident is recorded; Location is its address",
      useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT,
      HttpStatus.TOO_MANY_REQUESTS})
  public ResponseEntity<ChangeViews.Downtime> downtime(@PathVariable String number,
      @Valid @RequestBody(required = false) DowntimeBody body) {
    CurrentUser user = CurrentUser.get();
    ChangeRequest change = readable(user, number);
    mayAct(user);
    String cluster = null;
    String detail = null;
    if (body != null) {
      detail = body.detail();
      if (body.installation() != null) {
        Customer customer = customers.customer(change.customerId()).orElseThrow();
        cluster = installation(customer, body.installation());
      }
    }
    if (user.isCustomer()) {
      // A downtime report is a Level 1 incident: it counts against the customer's report allowance.
      rateLimit.requireAllowance(change.customerId());
    }
    String incident = service.reportDowntime(change.number(), cluster, detail, user.userId());
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/incidents/" + incident)
        .body(new ChangeViews.Downtime(incident, change.number()));
  }

  private ChangeRequest readable(CurrentUser user, String number) {
    return scope.readable(user, NUMBER.matcher(number).matches() ? store.findByNumber(number) : Optional.empty(),
        ChangeRequest::customerId, "No change request " + number);
  }

  private static void mayAct(CurrentUser user) {
    if (!user.isCustomer() && ACTING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only the customer, customer service and engineers act on change requests");
    }
  }

  private Customer actingCustomer(CurrentUser user, String customerId) {
    scope.requireOwnIfCustomer(user, customerId, "You may only announce changes for your own customer");
    mayAct(user);
    return customers.customer(customerId)
        .orElseThrow(() -> new ApiException.BadRequest("customerId", "no such customer"));
  }

  private static String installation(Customer customer, String cluster) {
    if (cluster == null || cluster.isBlank()) {
      return null;
    }
    return customer.installations().stream().map(Installation::cluster).filter(cluster.trim()::equals).findFirst()
        .orElseThrow(() -> new ApiException.BadRequest("installation",
            "customer " + customer.id() + " has no installation (cluster) " + cluster.trim()));
  }
}
