package com.daocloud.support.s360.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.critical.CriticalEvent;
import com.daocloud.support.s360.critical.CriticalEventService;
import com.daocloud.support.s360.critical.CriticalEventStore;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * Critical events (SVC-2, docs/processes.md): an S360 customer registers a critical phase; its dedicated team
 * plans the service before it and reports after it. Customer users register and read for their own customer,
 * customer success, customer service, support managers and administrators for any.
 */
@RestController
@RequestMapping("/api/critical-events")
@Tag(name = OpenApiConfiguration.S360)
public class CriticalEventController {

  private static final Set<String> REGISTERING_STAFF = Set.of(Groups.ADMIN, Groups.CUSTOMER_SUCCESS,
      Groups.CUSTOMER_SERVICE, Groups.SUPPORT_MANAGERS);
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  private final CriticalEventService service;
  private final CriticalEventStore store;
  private final CustomerScope scope;
  private final S360Customers s360;

  public CriticalEventController(CriticalEventService service, CriticalEventStore store, CustomerScope scope,
      S360Customers s360) {
    this.service = service;
    this.store = store;
    this.scope = scope;
    this.s360 = s360;
  }

  @Schema(name = "CriticalEventRegistered", description = "The registered critical event")
  record Created(long id) {
  }

  @Schema(name = "CriticalEvent", description = "A critical phase, the team's service plan and, after it, the service report")
  record View(long id, String customerId, List<String> installations, String kind, Instant from, Instant to,
      String description,
      @Schema(description = "planning (the team writes the plan), planned, reported") String status,
      String servicePlan, String serviceReport) {
  }

  @PostMapping
  @Operation(operationId = "registerCriticalEvent", summary = "Register a critical event", description = """
      An S360 customer's peak period, key launch or upgrade: its dedicated team writes the service plan and \
      staffing before the window opens and a service report after it closes (SVC-2).""")
  @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.CONFLICT})
  public ResponseEntity<Created> register(@Valid @RequestBody CriticalEventBody body) {
    CurrentUser user = CurrentUser.get();
    String customerId = body.customerId().trim();
    scope.requireOwnIfCustomer(user, customerId, "You may only register critical events of your own customer");
    if (!user.isCustomer() && REGISTERING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only customers, customer success, customer service and support managers"
          + " register critical events");
    }
    Customer customer = s360.requireS360(s360.find(customerId)
        .orElseThrow(() -> new ApiException.BadRequest("customerId", "no such customer")));
    List<FieldProblem> problems = new ArrayList<>();
    List<String> clusters = List.copyOf(new LinkedHashSet<>(body.installations().stream().map(String::trim).toList()));
    for (int i = 0; i < body.installations().size(); i++) {
      if (customer.installation(body.installations().get(i).trim()).isEmpty()) {
        problems.add(new FieldProblem("installations[" + i + "]", "customer " + customer.id()
            + " has no installation (cluster) " + body.installations().get(i).trim()));
      }
    }
    Instant from = OffsetDateTime.parse(body.from()).toInstant();
    Instant to = OffsetDateTime.parse(body.to()).toInstant();
    if (!to.isAfter(from)) {
      problems.add(new FieldProblem("to", "must be after from"));
    }
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
    CriticalEvent event = service.register(customer, new CriticalEvent(0, customer.id(), clusters, body.kind(), from,
        to, body.description().trim(), CriticalEvent.PLANNING, null, null, user.userId(), null));
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/critical-events/" + event.id())
        .body(new Created(event.id()));
  }

  @GetMapping
  @Operation(operationId = "listCriticalEvents", summary = "List critical events", description = """
      A customer's critical events, the latest window first (a customer's user: its own).""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public List<View> list(@RequestParam(required = false) String customerId) {
    String customer = scope.listFilter(CurrentUser.get(), customerId, "critical events");
    if (customer != null) {
      s360.find(customer).ifPresent(s360::requireS360);
    }
    return store.list(customer).stream().map(CriticalEventController::view).toList();
  }

  @GetMapping("/{id}")
  @Operation(operationId = "readCriticalEvent", summary = "Read a critical event")
  @ApiProblems(HttpStatus.NOT_FOUND)
  public View get(@PathVariable String id) {
    Optional<CriticalEvent> event = ID.matcher(id).matches() ? store.find(Long.parseLong(id)) : Optional.empty();
    return view(scope.readable(CurrentUser.get(), event, CriticalEvent::customerId, "No critical event " + id));
  }

  private static View view(CriticalEvent e) {
    return new View(e.id(), e.customerId(), e.installations(), e.kind(), e.from(), e.to(), e.description(),
        e.status(), e.servicePlan(), e.serviceReport());
  }
}
