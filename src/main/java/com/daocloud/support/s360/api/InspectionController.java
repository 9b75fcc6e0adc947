package com.daocloud.support.s360.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.inspection.FindingIncidents;
import com.daocloud.support.s360.inspection.Inspection;
import com.daocloud.support.s360.inspection.InspectionReportPdf;
import com.daocloud.support.s360.inspection.InspectionStore;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health inspections of S360 installations and their reports (SVC-2, docs/processes.md): a customer's user
 * reads its own customer's, staff every customer's. {@code Accept: application/pdf} on one inspection gives
 * its report as a PDF.
 */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = OpenApiConfiguration.S360)
public class InspectionController {

  /** An open inspection this long past its due date is overdue (the model's escalation timer). */
  static final Duration OVERDUE_AFTER = Duration.ofDays(14);
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  private final InspectionStore store;
  private final CustomerScope scope;
  private final S360Customers s360;
  private final InspectionReportPdf pdf;
  private final Clock clock;
  private final FindingIncidents findingIncidents;

  public InspectionController(InspectionStore store, CustomerScope scope, S360Customers s360,
      InspectionReportPdf pdf, Clock clock, FindingIncidents findingIncidents) {
    this.store = store;
    this.findingIncidents = findingIncidents;
    this.scope = scope;
    this.s360 = s360;
    this.pdf = pdf;
    this.clock = clock;
  }

  @Schema(name = "InspectionReport", description = "The report's six sections (SVC-2) and the findings")
  record Report(String overallInformation, String managementNodes, String computeNodes, String applicationStatus,
      String functionalRequirements, String overallEvaluation, String findings,
      @Schema(description = "The incident a finding opened (GET /api/incidents/{number}); null when none",
          example = "INC-2026-000042", types = {"string", "null"}) String incidentNumber,
      @Schema(description = "The change request a finding opened (GET /api/change-requests/{number}); null when none",
          example = "CHG-2026-000042", types = {"string", "null"}) String changeRequestNumber) {
  }

  @Schema(name = "Inspection", description = "A health inspection of an S360 installation and, once written, its report")
  record View(long id, String customerId, String cluster, Instant dueAt,
      @Schema(description = "scheduled (not due yet), due, overdue (14 days past due) or completed") String status,
      Instant completedAt, Report report) {
  }

  @GetMapping
  @Operation(operationId = "listInspections", summary = "List health inspections", description = """
      A customer's inspections, newest due date first (a customer's user: its own; staff: any customer's, or \
      all).""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public List<View> list(@RequestParam(required = false) String customerId) {
    String customer = scope.listFilter(CurrentUser.get(), customerId, "inspections");
    if (customer != null) {
      s360.find(customer).ifPresent(s360::requireS360);
    }
    Instant now = clock.instant();
    return store.list(customer).stream().map(i -> view(i, now)).toList();
  }

  @GetMapping("/{id}")
  @Operation(operationId = "readInspection", summary = "Read a health inspection", description = """
      The inspection and its report as JSON, or with `Accept: application/pdf` the report as a PDF (409 while \
      the report is not written yet).""")
  @ApiResponse(responseCode = "200", description = "The inspection", content = {
      @Content(mediaType = "application/json", schema = @Schema(implementation = View.class)),
      @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
  @ApiProblems({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ResponseEntity<?> get(@PathVariable String id,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    CurrentUser user = CurrentUser.get();
    Inspection inspection = scope.readable(user, ID.matcher(id).matches() ? store.find(Long.parseLong(id))
        : Optional.empty(), Inspection::customerId, "No inspection " + id);
    Customer customer = s360.find(inspection.customerId())
        .orElseThrow(() -> new ApiException.NotFound("No inspection " + id));
    if (user.isCustomer()) {
      s360.requireS360(customer);
    }
    if (!wantsPdf(accept)) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(inspection, clock.instant()));
    }
    if (inspection.report() == null) {
      throw new ApiException.Conflict("The report of inspection " + id + " is not written yet: it is "
          + status(inspection, clock.instant()));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inspection-" + id + ".pdf\"")
        .body(pdf.render(inspection, customer.name(), customer.timeZone()));
  }

  /** PDF only when asked for and preferred to JSON (a client that accepts anything gets JSON). */
  private static boolean wantsPdf(String accept) {
    if (accept == null) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (RuntimeException e) {
      return false;
    }
    MediaType.sortBySpecificityAndQuality(types);
    for (MediaType type : types) {
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
        return false;
      }
      if (type.equals(MediaType.APPLICATION_PDF) || type.getSubtype().equals("pdf")) {
        return true;
      }
    }
    return false;
  }

  private static String status(Inspection i, Instant now) {
    if (Inspection.COMPLETED.equals(i.status())) {
      return Inspection.COMPLETED;
    }
    if (now.isBefore(i.dueAt())) {
      return "scheduled";
    }
    return now.isBefore(i.dueAt().plus(OVERDUE_AFTER)) ? "due" : "overdue";
  }

  private View view(Inspection i, Instant now) {
    Inspection.Report r = i.report();
    return new View(i.id(), i.customerId(), i.cluster(), i.dueAt(), status(i, now), i.completedAt(), r == null ? null
        : new Report(r.overallInformation(), r.managementNodes(), r.computeNodes(), r.applicationStatus(),
            r.functionalRequirements(), r.overallEvaluation(), r.findings(),
            findingIncidents.incidentOf(i).orElse(null), store.changeOf(i.id()).orElse(null)));
  }
}
