package com.daocloud.support.s360.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.Version;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.advisory.Advisory;
import com.daocloud.support.s360.advisory.AdvisoryNotice;
import com.daocloud.support.s360.advisory.AdvisoryService;
import com.daocloud.support.s360.advisory.AdvisoryStore;
import com.daocloud.support.s360.advisory.UpgradeOffers;
import com.daocloud.support.s360.advisory.VersionRange;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upgrade and vulnerability advisories (SVC-2, docs/processes.md). Staff who follow the product publish them
 * (support engineers, customer success, support managers, administrators); a customer's user reads those that
 * reached its own customer's S360 installations, staff read every one.
 */
@RestController
@RequestMapping("/api/advisories")
@Tag(name = OpenApiConfiguration.S360)
public class AdvisoryController {

  /** CVE ids as MITRE writes them; anything else is refused rather than shown to teams and customers. */
  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,12}");
  private static final Set<String> PUBLISHING_STAFF = Set.of(Groups.ADMIN, Groups.SUPPORT_ENGINEERS,
      Groups.CUSTOMER_SUCCESS, Groups.SUPPORT_MANAGERS);

  private static final Set<String> ACCEPTING_STAFF = Set.of(Groups.ADMIN, Groups.CUSTOMER_SUCCESS,
      Groups.CUSTOMER_SERVICE);
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  private final AdvisoryService service;
  private final AdvisoryStore store;
  private final CustomerScope scope;
  private final S360Customers s360;
  private final UpgradeOffers offers;

  public AdvisoryController(AdvisoryService service, AdvisoryStore store, CustomerScope scope, S360Customers s360,
      UpgradeOffers offers) {
    this.service = service;
    this.store = store;
    this.scope = scope;
    this.s360 = s360;
    this.offers = offers;
  }

  @Schema(name = "AdvisoryPublished", description = "The advisory and how many S360 installations it reached")
  record Created(long id, int affectedInstallations) {
  }

  @Schema(name = "AdvisoryInstallation", description = "What one affected S360 installation was told")
  record Installation(String customerId, String cluster, String version, String assessment, String note,
      Instant assessedAt, @Schema(description = "The change request of the accepted upgrade, or null") String changeRequest) {
  }

  /** {@code POST /api/advisories/{id}/upgrade-acceptance}: the customer takes the recommended upgrade. */
  @Schema(name = "UpgradeAcceptance")
  public record Acceptance(
      @Schema(description = "Your customer id", example = "acme") @Text(max = 64) String customerId,
      @Schema(description = "The cluster to upgrade", example = "prod-1") @Text(max = 64) String cluster,
      @Schema(description = "When the upgrade is to happen", example = "2027-01-15T20:00:00+08:00")
      @DateTimeWithOffset(example = "2027-01-15T20:00:00+08:00", future = true) String plannedAt) {
  }

  @Schema(name = "UpgradeAccepted", description = "The change request that carries the upgrade (change control)")
  record Accepted(String changeNumber, int minimumNoticeDays, int noticeDays, boolean noticeSufficient) {
  }

  @Schema(name = "Advisory", description = "A product update or vulnerability advisory and the installations it reached")
  record View(long id, String kind, String product, String title, List<String> cveIds, List<String> affected,
      String fixedIn, String severity, Instant publishedAt, List<Installation> installations) {
  }

  @PostMapping
  @Operation(operationId = "publishAdvisory", summary = "Publish an advisory", description = """
      Staff. Every S360 installation of the product whose version is in an affected range is told at once, and \
      its dedicated team assesses what it means for that customer (SVC-2).""")
  @ApiResponse(responseCode = "201", description = "Published", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN})
  public ResponseEntity<Created> publish(@Valid @RequestBody AdvisoryBody body) {
    CurrentUser user = CurrentUser.get();
    if (PUBLISHING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only support engineers, customer success and support managers publish"
          + " advisories");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String product = Products.normalise(body.product());
    if (product == null) {
      problems.add(new FieldProblem("product", Products.FORMAT_MESSAGE));
    }
    List<VersionRange> ranges = new ArrayList<>();
    for (int i = 0; i < body.affected().size(); i++) {
      Optional<VersionRange> range = VersionRange.parse(body.affected().get(i));
      if (range.isEmpty()) {
        problems.add(new FieldProblem("affected[" + i + "]", VersionRange.FORMAT_MESSAGE));
      } else {
        ranges.add(range.get());
      }
    }
    List<String> cves = body.cveIds() == null ? List.of() : body.cveIds().stream().map(String::trim).toList();
    for (int i = 0; i < cves.size(); i++) {
      if (!CVE.matcher(cves.get(i)).matches()) {
        problems.add(new FieldProblem("cveIds[" + i + "]", "must be a CVE id like CVE-2026-12345"));
      }
    }
    Optional<Version> fixedIn = Version.parse(body.fixedIn().trim());
    if (fixedIn.isEmpty()) {
      problems.add(new FieldProblem("fixedIn", Version.FORMAT_MESSAGE));
    }
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
    AdvisoryService.Published published = service.publish(new AdvisoryService.Publication(body.kind(), product,
        body.title().trim(), cves, ranges, fixedIn.get(), body.severity(), user.userId()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Created(published.advisory().id(), published.affectedInstallations()));
  }

  @GetMapping
  @Operation(operationId = "listAdvisories", summary = "List advisories", description = """
      The advisories that reached a customer's S360 installations, newest first, with each installation's \
      assessment (a customer's user: its own customer's; staff: any customer's, or every advisory).""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public List<View> list(@RequestParam(required = false) String customerId) {
    String customer = scope.listFilter(CurrentUser.get(), customerId, "advisories");
    if (customer != null) {
      s360.find(customer).ifPresent(s360::requireS360);
    }
    return store.list(customer).stream().map(a -> view(a, store.notices(a.id(), customer))).toList();
  }

  @PostMapping("/{id}/upgrade-acceptance")
  @Operation(operationId = "acceptUpgrade", summary = "Accept an offered upgrade", description = """
      The customer accepts the upgrade its dedicated team recommended for this advisory and cluster: a production \
      change request opens under change control, with its notice rules (CHG-1, CHG-4). 409 unless an upgrade is \
      recommended and not yet accepted.""")
  @ApiResponse(responseCode = "201", description = "The change request is open", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ResponseEntity<Accepted> acceptUpgrade(@PathVariable String id, @Valid @RequestBody Acceptance body) {
    CurrentUser user = CurrentUser.get();
    String customerId = body.customerId().trim();
    scope.requireOwnIfCustomer(user, customerId, "You may only accept upgrades for your own customer");
    if (!user.isCustomer() && ACCEPTING_STAFF.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only customers, customer success and customer service accept upgrades");
    }
    s360.requireS360(s360.find(customerId)
        .orElseThrow(() -> new ApiException.BadRequest("customerId", "no such customer")));
    String notFound = "No advisory " + id + " for cluster " + body.cluster().trim();
    Advisory advisory = (ID.matcher(id).matches() ? store.find(Long.parseLong(id)) : Optional.<Advisory>empty())
        .orElseThrow(() -> new ApiException.NotFound(notFound));
    AdvisoryNotice notice = store.notices(advisory.id(), customerId).stream()
        .filter(n -> n.cluster().equals(body.cluster().trim())).findFirst()
        .orElseThrow(() -> new ApiException.NotFound(notFound));
    ChangeRequest change = offers.accept(advisory, notice, OffsetDateTime.parse(body.plannedAt()).toInstant(),
        user.userId());
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/change-requests/" + change.number())
        .body(new Accepted(change.number(), change.minimumNoticeDays(), change.noticeDays(), change.noticeSufficient()));
  }

  private static View view(Advisory a, List<AdvisoryNotice> notices) {
    return new View(a.id(), a.kind(), a.product(), a.title(), a.cveIds(), a.affected(), a.fixedIn(), a.severity(),
        a.publishedAt(), notices.stream().map(n -> new Installation(n.customerId(), n.cluster(), n.version(),
            n.assessment(), n.note(), n.assessedAt(), n.changeNumber())).toList());
  }
}
