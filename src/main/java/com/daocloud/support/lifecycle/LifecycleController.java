package com.daocloud.support.lifecycle;

import com.daocloud.support.api.ApiDates;
import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * LC-1: {@code GET /api/lifecycle} (any authenticated user) and
 * {@code PUT /api/releases/{product}/{major}.{minor}} (administrators).
 */
@RestController
@Tag(name = OpenApiConfiguration.LIFECYCLE)
public class LifecycleController {

  private static final Pattern MAJOR_MINOR =
      Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");
  private static final Pattern MAINTENANCE = Pattern.compile("0|[1-9][0-9]{0,5}");

  /** The answer of {@code GET /api/lifecycle}. */
  public record LifecycleView(String product, String version, String phase, LocalDate gaDate,
      LocalDate eossDate, LocalDate eoslDate, String latestMaintenance,
      Boolean onLatestMaintenance, String latestVersion, Boolean onLatestVersion) {
  }

  /** {@code latestMaintenance}: the full version "5.0.7", or its maintenance number 7. */
  /**
   * {@code latestMaintenance}: a version of the line ({@code "5.0.7"}) or its maintenance number, as text
   * ({@code "7"}) or as a JSON whole number ({@code 7}). Typed as a JSON node because JSON is read
   * strictly (a number is no text elsewhere) and this field takes both on purpose.
   */
  public record ReleaseUpdate(JsonNode latestMaintenance) {

    String text() {
      if (latestMaintenance == null || latestMaintenance.isNull()) {
        return null;
      }
      if (latestMaintenance.isTextual()) {
        return latestMaintenance.asText();
      }
      // Any other JSON type (a fraction, a boolean, an object) is refused below as not a version.
      return latestMaintenance.isIntegralNumber() && latestMaintenance.canConvertToInt()
          ? String.valueOf(latestMaintenance.intValue()) : "?";
    }
  }

  public record ReleaseView(String product, int major, int minor, String latestMaintenance) {
  }

  private final LifecycleService lifecycle;
  private final ReleaseCatalogue catalogue;
  private final Clock clock;

  public LifecycleController(LifecycleService lifecycle, ReleaseCatalogue catalogue, Clock clock) {
    this.lifecycle = lifecycle;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @GetMapping("/api/lifecycle")
  @Operation(operationId = "lookUpLifecycle", summary = "Look up a version's support lifecycle", description = """
      Where a product version stands on a day (today by default), by the deployed `support-lifecycle` table \
      (LC-1): `pre-release`, `full`, `extended` (from the end of standard support: support only under an \
      extended-maintenance contract, EAM-4) or `ended` (deprecated, best effort, LC-4); whether it is the latest \
      maintenance release of its line, and whether it is the latest version of the product (the newest line's \
      latest maintenance release), which full support needs (LC-3).""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND})
  public LifecycleView lifecycle(@RequestParam String product, @RequestParam String version,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate onDate) {
    String code = Products.normalise(product);
    List<FieldProblem> problems = new ArrayList<>();
    if (code == null) {
      problems.add(new FieldProblem("product", Products.FORMAT_MESSAGE));
    }
    Version parsed = Version.parse(version).orElse(null);
    if (parsed == null) {
      problems.add(new FieldProblem("version", Version.FORMAT_MESSAGE));
    }
    ApiDates.checkRange(problems, "onDate", onDate);
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
    LocalDate date = onDate != null ? onDate : LocalDate.now(clock);
    SupportLifecycle found = lifecycle.lifecycle(code, parsed, date)
        .orElseThrow(() -> new ApiException.NotFound("No support lifecycle is known for "
            + Products.displayName(code) + " " + parsed.major() + ".x (product '" + code
            + "', major version " + parsed.major() + ")."));
    return new LifecycleView(code, parsed.toString(), found.phase().code(), found.gaDate(),
        found.eossDate(), found.eoslDate(),
        found.latestMaintenance() == null ? null : found.latestMaintenance().toString(),
        found.onLatestMaintenance(),
        found.latestVersion() == null ? null : found.latestVersion().toString(), found.onLatestVersion());
  }

  @PutMapping("/api/releases/{product}/{majorMinor}")
  @Operation(operationId = "putRelease",
      summary = "Record a release line's latest maintenance release", description = """
      Administrators. `majorMinor` is the line (`5.0`); `latestMaintenance` the full version (`5.0.7`) or its \
      maintenance number (`7`).""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "5.0.7", summary = "DCE 5.0's latest maintenance release is 5.0.7",
      description = "Or the maintenance number alone: {\"latestMaintenance\": 7}",
      value = "{\"latestMaintenance\": \"5.0.7\"}")))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN})
  public ReleaseView putRelease(@PathVariable String product, @PathVariable String majorMinor,
      @RequestBody ReleaseUpdate update) {
    if (!CurrentUser.get().isMemberOf(Groups.ADMIN)) {
      throw new ApiException.Forbidden("Only administrators maintain the release catalogue.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String code = Products.normalise(product);
    if (code == null) {
      problems.add(new FieldProblem("product", Products.FORMAT_MESSAGE));
    }
    Matcher line = MAJOR_MINOR.matcher(majorMinor);
    boolean lineOk = line.matches();
    if (!lineOk) {
      problems.add(new FieldProblem("version",
          "must be a release line major.minor of whole numbers, e.g. 5.0"));
    }
    Integer maintenance = null;
    String latest = update.text() == null ? null : update.text().trim();
    if (latest == null || latest.isEmpty()) {
      problems.add(new FieldProblem("latestMaintenance", "is required"));
    } else if (MAINTENANCE.matcher(latest).matches()) {
      maintenance = Integer.parseInt(latest);
    } else {
      Version full = Version.parse(latest).orElse(null);
      if (full == null) {
        problems.add(new FieldProblem("latestMaintenance",
            "must be a version x.y.z of this release line (e.g. 5.0.7) or its maintenance number"));
      } else if (lineOk && !full.majorMinor().equals(majorMinor)) {
        problems.add(new FieldProblem("latestMaintenance",
            "must belong to release line " + majorMinor + ", not " + full.majorMinor()));
      } else {
        maintenance = full.maintenance();
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
    Release saved = catalogue.save(new Release(code, Integer.parseInt(line.group(1)),
        Integer.parseInt(line.group(2)), maintenance));
    return new ReleaseView(saved.product(), saved.major(), saved.minor(),
        saved.latestVersion().toString());
  }
}
