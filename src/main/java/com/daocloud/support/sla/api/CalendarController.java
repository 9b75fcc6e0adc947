package com.daocloud.support.sla.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import com.daocloud.support.sla.CalendarAdministration;
import com.daocloud.support.sla.CalendarStore;
import com.daocloud.support.sla.CalendarValidationException;
import com.daocloud.support.sla.StoredCalendar;
import com.daocloud.support.sla.WorkingCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working calendars (README, Calendars are data): anyone signed in reads them; policy analysts and
 * administrators write them. Every PUT that changes something adds a version; the versions before it stay
 * readable ({@code ?version=n}), because running incidents keep the version their deadline was computed with.
 */
@RestController
@RequestMapping("/api/calendars")
@Tag(name = OpenApiConfiguration.CALENDARS)
public class CalendarController {

  /** Lower-case letters, digits and hyphens, like {@code cn-2026}; at most 64 characters (the column). */
  private static final String CALENDAR_ID = "[a-z0-9][a-z0-9-]{0,63}";
  static final int MAX_DESCRIPTION = 1000;
  private static final List<String> WRITERS = List.of(Groups.POLICY_ANALYSTS, Groups.ADMIN);

  private final CalendarStore store;
  private final CalendarAdministration administration;

  public CalendarController(CalendarStore store, CalendarAdministration administration) {
    this.store = store;
    this.administration = administration;
  }

  @GetMapping
  @Operation(operationId = "listCalendars",
      summary = "List working calendars", description = "Every calendar's current version.")
  public List<CalendarView> list() {
    return store.list().stream().map(CalendarView::of).toList();
  }

  /** The current version, or with {@code ?version=n} any stored one (also of a deleted calendar). */
  @GetMapping("/{id}")
  @Operation(operationId = "readCalendar", summary = "Read a calendar", description = """
      The current version, or with `version` any stored one, also of a deleted calendar: running incidents \
      keep the version their deadline was computed with.""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND})
  public CalendarView get(@PathVariable String id, @RequestParam(required = false) Integer version) {
    StoredCalendar stored = (version == null ? store.find(id) : store.findVersion(id, version))
        .orElseThrow(() -> new ApiException.NotFound(version == null
            ? "There is no calendar " + id + "."
            : "There is no version " + version + " of calendar " + id + "."));
    return CalendarView.of(stored);
  }

  /** 201 with version 1 for a new calendar, 200 with the new (or, if nothing changed, the same) version. */
  @PutMapping("/{id}")
  @Operation(operationId = "putCalendar", summary = "Create or change a calendar", description = """
      Policy analysts and administrators. A change adds a version (a PUT that changes nothing keeps the \
      current one); the built-in `weekdays` cannot be changed (409).""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "golden-week", summary = "A 09:00-18:00 window with two holidays and a working Saturday",
      description = "Creates version 1 of a new calendar, or adds a version to an existing one",
      value = "{\"windowStart\": \"09:00\", \"windowEnd\": \"18:00\", "
          + "\"holidays\": [\"2026-10-01\", \"2026-10-02\"], \"workingDays\": [\"2026-10-10\"], "
          + "\"description\": \"Shanghai office\"}")))
  @ApiResponse(responseCode = "200", description = "The calendar was changed (or left as it was)",
      useReturnTypeSchema = true)
  @ApiResponse(responseCode = "201", description = "The calendar is new: version 1", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.CONFLICT})
  public ResponseEntity<CalendarView> put(@Parameter(example = "shanghai-office") @PathVariable
      @jakarta.validation.constraints.Pattern(regexp = CALENDAR_ID,
          message = "must be lower-case letters, digits and hyphens (at most 64)") String id,
      @Valid @RequestBody CalendarBody body) {
    CurrentUser user = requireWriter();
    WorkingCalendar calendar = parse(id, body);
    CalendarStore.Saved saved = administration.save(calendar, body.description(), user.userId());
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(CalendarView.of(saved.calendar()));
  }

  @DeleteMapping("/{id}")
  @Operation(operationId = "deleteCalendar", summary = "Delete a calendar", description = """
      Policy analysts and administrators. A calendar that a customer uses, or a built-in one, stays (409); a \
      deleted calendar's versions stay readable.""")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiProblems({HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ResponseEntity<Void> delete(@PathVariable String id) {
    CurrentUser user = requireWriter();
    administration.delete(id, user.userId());
    return ResponseEntity.noContent().build();
  }

  private static CurrentUser requireWriter() {
    CurrentUser user = CurrentUser.get();
    if (WRITERS.stream().noneMatch(user::isMemberOf)) {
      throw new ApiException.Forbidden("Only policy analysts and administrators may change calendars.");
    }
    return user;
  }

  /** The calendar of a valid body; the calendar's own rules are {@link WorkingCalendar}'s. */
  static WorkingCalendar parse(String id, CalendarBody body) {
    try {
      // the version is assigned when stored
      return new WorkingCalendar(id, 1, LocalTime.parse(body.windowStart()), LocalTime.parse(body.windowEnd()),
          dates(body.holidays()), dates(body.workingDays()));
    } catch (CalendarValidationException e) {
      throw new ApiException.BadRequest(e.violations().stream()
          .map(v -> new FieldProblem(v.field(), v.message())).toList());
    }
  }

  private static List<LocalDate> dates(List<String> values) {
    return values == null ? List.of() : values.stream().map(value -> LocalDate.parse(value.trim())).toList();
  }
}
