package com.daocloud.support.eam.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.eam.EamApplication;
import com.daocloud.support.eam.EamApplicationService;
import com.daocloud.support.eam.EamApplicationStore;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The EAM endpoints (docs/processes.md). Customer users apply and read for their own customer only;
 * customer service, support managers and administrators for any; every staff member may read. An
 * unknown customer is a 400 naming {@code customerId}, as for incidents and change requests.
 */
@RestController
@RequestMapping("/api/eam-applications")
@Tag(name = OpenApiConfiguration.EAM)
public class EamApplicationController {

  private static final String RECORDS = "EAM applications";

  /** More years than this are not a purchase anyone means; up to it, the decision answers (EAM-1). */
  static final int MAX_YEARS = 10;
  private static final Set<String> APPLYING_STAFF = Set.of(Groups.ADMIN, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_MANAGERS);
  private static final Pattern NUMBER = Pattern.compile("EAM-\\d{4}-\\d{6,}");

  private final EamApplicationService service;
  private final EamApplicationStore store;
  private final CustomerService customers;
  private final CustomerScope scope;

  public EamApplicationController(EamApplicationService service, EamApplicationStore store,
      CustomerService customers, CustomerScope scope) {
    this.service = service;
    this.store = store;
    this.customers = customers;
    this.scope = scope;
  }

  @PostMapping
  @Operation(operationId = "applyForEam", summary = "Apply for extended maintenance", description = """
      After the end of standard support, an installation keeps support only under an EAM contract (EAM-1..4). \
      The answer says whether the application is eligible, the coverage it would buy and the arrears from the \
      end of standard support; a support manager approves it.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "one-year", summary = "One year of extended maintenance for a stable, supported installation",
      description = "The answer says whether it is eligible, the coverage it buys and the arrears",
      value = "{\"customerId\": \"acme\", \"installation\": \"prod-1\", \"years\": 1, "
          + "\"stableEnvironment\": true, \"supportedConfiguration\": true, \"willingToUpgrade\": true}")))
  @ApiResponse(responseCode = "201", description = "The application is recorded; Location is its address",
      useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN})
  public ResponseEntity<EamViews.Created> apply(@Valid @RequestBody EamApplicationBody body) {
    CurrentUser user = CurrentUser.get();
    Customer customer = actingCustomer(user, body.customerId().trim());
    Installation installation = customer.installation(body.installation().trim())
        .orElseThrow(() -> new ApiException.BadRequest("installation",
            "customer " + customer.id() + " has no installation (cluster) " + body.installation().trim()));
    EamApplication application = service.apply(new EamApplicationService.Application(customer, installation,
        body.years(), body.stableEnvironment(), body.supportedConfiguration(), body.willingToUpgrade(),
        user.userId()));
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/eam-applications/" + application.number())
        .body(EamViews.created(application));
  }

  @GetMapping("/{number}")
  @Operation(operationId = "readEamApplication", summary = "Read an EAM application")
  @ApiProblems(HttpStatus.NOT_FOUND)
  public EamViews.Detail get(@PathVariable String number) {
    CurrentUser user = CurrentUser.get();
    return EamViews.detail(scope.readable(user, NUMBER.matcher(number).matches() ? store.findByNumber(number)
        : Optional.empty(), EamApplication::customerId, "No EAM application " + number));
  }

  @GetMapping
  @Operation(operationId = "listEamApplications",
      summary = "List EAM applications", description = "A customer's applications (a customer's user: its own).")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND})
  public List<EamViews.Detail> list(@RequestParam(required = false) String customerId) {
    String customer = scope.listFilter(CurrentUser.get(), customerId, RECORDS);
    return store.list(customer).stream().map(EamViews::detail).toList();
  }

  private Customer actingCustomer(CurrentUser user, String customerId) {
    scope.requireOwnIfCustomer(user, customerId, "You may only apply for your own customer");
    if (!user.isCustomer() && APPLYING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only customers, customer service and support managers apply for EAM");
    }
    return customers.customer(customerId)
        .orElseThrow(() -> new ApiException.BadRequest("customerId", "no such customer"));
  }
}
