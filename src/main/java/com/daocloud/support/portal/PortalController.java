package com.daocloud.support.portal;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.api.ClosureResponseRequest;
import com.daocloud.support.incident.api.IncidentController;
import com.daocloud.support.incident.api.IncidentRequest;
import com.daocloud.support.incident.api.IncidentViews;
import com.daocloud.support.incident.api.InformationRequest;
import com.daocloud.support.incident.api.RemoteAccessRequest;
import com.daocloud.support.incident.api.SubscriptionRequest;
import com.daocloud.support.security.CurrentUser;
import com.daocloud.support.time.EngineClock;
import com.daocloud.support.time.HumanTimes;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer support site's pages (docs/portal.md). Every read and every action goes through the services of
 * the REST API: the incident endpoints' own controller for reports, incident pages and answers (so the same
 * checks, idempotency, rate limit and state rules apply, and another customer's incident is "not found" as there),
 * and the customer scope and incident store for the list, as {@code GET /api/incidents} uses them.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

  /** The form's own key: a UUID made when the form was rendered. */
  private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String RECORDS = "incidents";
  /** The answers the level and the deadline depend on: without them valid there is nothing to preview. */
  private static final Set<String> PREVIEW_FIELDS = Set.of("installation", "requestType", "productionImpact",
      "dataLoss", "workaroundAvailable");
  /** The access answers of the incident page's buttons, as the API takes them (L12-1). */
  private static final Map<String, RemoteAccessRequest> ACCESS_ANSWERS = Map.of(
      "granted", new RemoteAccessRequest(true, null),
      "refused", new RemoteAccessRequest(false, null),
      "on-site", new RemoteAccessRequest(null, true));
  private static final Set<String> ACCESS_EVENTS = Set.of(TimelineEvent.ACCESS_REQUESTED.code(),
      TimelineEvent.ACCESS_GRANTED.code(), TimelineEvent.ACCESS_REFUSED.code(), TimelineEvent.ACCESS_MISSING.code());

  private final IncidentController incidents;
  private final CustomerScope scope;
  private final IncidentStore store;
  private final PortalCustomers customers;
  private final ReportPreview previews;
  private final PortalFormat format;

  PortalController(IncidentController incidents, CustomerScope scope, IncidentStore store, PortalCustomers customers,
      ReportPreview previews, PortalFormat format) {
    this.incidents = incidents;
    this.scope = scope;
    this.store = store;
    this.customers = customers;
    this.previews = previews;
    this.format = format;
  }

  /** One row of "My incidents". */
  record Row(String number, String title, String cluster, int level, String status, String statusText,
      String reportedAt, String responseDue, String timeLeft, boolean overdue) {
  }

  /** One entry of an incident's timeline. */
  record Entry(String at, String event, String detail) {
  }

  // ------------------------------------------------------------------------------------------ common parts

  @GetMapping({"", "/"})
  String home() {
    return "redirect:/portal/incidents";
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String error, Model model) {
    model.addAttribute("failed", error != null);
    return "portal/login";
  }

  /**
   * What a refused request sees: a signed-in user of no customer (staff are handed to the webapps instead), or a
   * form posted without its CSRF token (forwarded here with its own method).
   */
  @RequestMapping("/forbidden")
  String forbidden(HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "portal/forbidden";
  }

  // ------------------------------------------------------------------------------------------ my incidents

  @GetMapping("/incidents")
  String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cluster,
      Model model, Locale locale) {
    CurrentUser user = CurrentUser.get();
    String customerId = scope.listFilter(user, null, RECORDS);
    String statusFilter = status != null && IncidentStatus.ALL.contains(status) ? status : null;
    List<Incident> found = store.list(customerId, statusFilter);
    Set<String> clusters = new TreeSet<>(customers.clusters(customerId));
    found.forEach(i -> clusters.add(i.cluster()));
    String clusterFilter = cluster != null && clusters.contains(cluster) ? cluster : null;
    Instant now = EngineClock.now();
    List<Row> rows = found.stream()
        .filter(i -> clusterFilter == null || clusterFilter.equals(i.cluster()))
        .sorted(Comparator.comparing(Incident::reportedAt).reversed())
        .map(i -> row(i, now, locale))
        .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("statuses", IncidentStatus.ALL);
    model.addAttribute("clusters", clusters);
    model.addAttribute("status", statusFilter);
    model.addAttribute("cluster", clusterFilter);
    model.addAttribute("customer", customers.profile(customerId));
    return "portal/incidents";
  }

  private Row row(Incident i, Instant now, Locale locale) {
    boolean open = !IncidentStatus.CLOSED.equals(i.status());
    boolean waitingForResponse = open && i.firstContactAt() == null && i.responseDueAt() != null;
    return new Row(i.number(), i.title(), i.cluster(), i.level(), i.status(),
        format.text("status." + i.status(), locale),
        format.dateTime(IncidentTimes.format(i.reportedAt(), i.timeZone()), i.timeZone(), now, locale),
        format.dateTime(i.responseDue(), i.timeZone(), now, locale),
        waitingForResponse ? format.timeLeft(i.responseDueAt(), now, locale) : null,
        waitingForResponse && i.responseDueAt().isBefore(now));
  }

  // ------------------------------------------------------------------------------------------ report

  @GetMapping("/incidents/new")
  String newReport(Model model, Locale locale) {
    ReportForm form = new ReportForm();
    form.setIdempotencyKey(UUID.randomUUID().toString());
    List<String> clusters = customers.clusters(customers.own());
    if (clusters.size() == 1) {
      form.setInstallation(clusters.get(0));
    }
    return reportPage(form, Map.of(), null, model, locale);
  }

  /** The level and deadline this report would get, shown before anything is filed. */
  @PostMapping("/incidents/new")
  String previewReport(@ModelAttribute("form") ReportForm form, Model model, Locale locale) {
    String customerId = customers.own();
    Map<String, String> errors = customers.problems(form.request(customerId), ReportForm::field);
    ReportPreview.Preview preview = null;
    if (PREVIEW_FIELDS.stream().noneMatch(errors::containsKey)) {
      try {
        preview = previews.of(customers.profile(customerId), form.getInstallation().trim(), form.getRequestType(),
            form.getProductionImpact(), form.getDataLoss(), form.getWorkaroundAvailable(), EngineClock.now());
      } catch (ApiException.BadRequest refused) {
        errors.putAll(customers.problems(refused, ReportForm::field, locale));
      }
    }
    return reportPage(form, errors, preview, model, locale);
  }

  @PostMapping("/incidents")
  String report(@ModelAttribute("form") ReportForm form, Model model, Locale locale) {
    String customerId = customers.own();
    IncidentRequest request = form.request(customerId);
    Map<String, String> errors = customers.problems(request, ReportForm::field);
    if (form.getIdempotencyKey() == null || !FORM_KEY.matcher(form.getIdempotencyKey()).matches()) {
      // Not a form this site rendered: a fresh one, so that the next submit is safe again.
      form.setIdempotencyKey(UUID.randomUUID().toString());
      errors.put("form", format.text("report.form-expired", locale));
    }
    if (!errors.isEmpty()) {
      return reportPage(form, errors, null, model, locale);
    }
    try {
      String number = incidents.report(request, form.getIdempotencyKey()).getBody().number();
      return "redirect:/portal/incidents/" + number + "?reported";
    } catch (ApiException.BadRequest | ApiException.TooManyRequests refused) {
      errors.putAll(customers.problems(refused, ReportForm::field, locale));
      return reportPage(form, errors, null, model, locale);
    }
  }

  private String reportPage(ReportForm form, Map<String, String> errors, ReportPreview.Preview preview, Model model,
      Locale locale) {
    CustomerProfile customer = customers.profile(customers.own());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("clusters", customers.clusters(customer.id()));
    model.addAttribute("customer", customer);
    model.addAttribute("preview", preview);
    if (preview != null) {
      Instant now = EngineClock.now();
      model.addAttribute("previewDue", preview.responseDue() == null ? null
          : format.dateTime(preview.responseDue(), ZoneId.of(preview.timeZone()), now, locale));
      model.addAttribute("previewZone", HumanTimes.city(ZoneId.of(preview.timeZone()), locale));
      model.addAttribute("previewResponseTime", format.responseTime(preview.responseTime(), preview.coverage(),
          locale));
    }
    return "portal/report";
  }

  // ------------------------------------------------------------------------------------------ one incident

  @GetMapping("/incidents/{number}")
  String incident(@PathVariable String number, Model model, Locale locale) {
    IncidentViews.Detail incident = incidents.get(number);
    List<IncidentViews.TimelineView> timeline = incident.timeline();
    boolean open = !IncidentStatus.CLOSED.equals(incident.status());
    model.addAttribute("incident", incident);
    model.addAttribute("customer", customers.profile(incident.customerId()));
    // RSP-2: the incident's times are where its cluster runs, as recorded at intake.
    ZoneId zone = store.require(incident.number()).timeZone();
    Instant now = EngineClock.now();
    model.addAttribute("zone", HumanTimes.city(zone, locale));
    model.addAttribute("statusText", format.text("status." + incident.status(), locale));
    model.addAttribute("closureText", incident.closureCode() == null ? null
        : format.text("closure." + incident.closureCode(), locale));
    model.addAttribute("entitlementText", format.text("entitlement." + incident.entitlement().status(), locale));
    model.addAttribute("reportedAt", format.dateTime(incident.reportedAt(), zone, now, locale));
    model.addAttribute("responseDue", format.dateTime(incident.responseDue(), zone, now, locale));
    model.addAttribute("respondedAt", format.dateTime(incident.firstContactAt(), zone, now, locale));
    model.addAttribute("responseTime", format.responseTime(incident.responseTime(), incident.coverage(), locale));
    model.addAttribute("timeLeft", open && incident.firstContactAt() == null && incident.responseDue() != null
        ? format.timeLeft(OffsetDateTime.parse(incident.responseDue()).toInstant(), now, locale) : null);
    model.addAttribute("timeline", timeline.stream()
        .map(e -> new Entry(format.dateTime(e.at(), zone, now, locale), format.text("event." + e.event(), locale),
            e.detail()))
        .toList());
    // What support waits for, and so which answers apply now; the API refuses any other with a 409.
    model.addAttribute("question", IncidentStatus.AWAITING_CUSTOMER.equals(incident.status())
        ? latest(timeline, TimelineEvent.INFORMATION_REQUESTED.code()) : null);
    model.addAttribute("solutionProposed", IncidentStatus.SOLUTION_PROPOSED.equals(incident.status()));
    model.addAttribute("accessRequested", open && incident.level() <= 2 && accessRequested(timeline));
    model.addAttribute("open", open);
    return "portal/incident";
  }

  @PostMapping("/incidents/{number}/information")
  String information(@PathVariable String number, @RequestParam(required = false) String text,
      RedirectAttributes redirect, Locale locale) {
    return act(number, redirect, locale, "done.information",
        () -> incidents.information(number, customers.valid(new InformationRequest(text))));
  }

  @PostMapping("/incidents/{number}/closure-response")
  String closureResponse(@PathVariable String number, @RequestParam(required = false) Boolean accepted,
      @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
    return act(number, redirect, locale, Boolean.TRUE.equals(accepted) ? "done.accepted" : "done.rejected",
        () -> incidents.closureResponse(number,
            customers.valid(new ClosureResponseRequest(accepted, comment, null, null))));
  }

  @PostMapping("/incidents/{number}/remote-access")
  String remoteAccess(@PathVariable String number, @RequestParam(required = false) String answer,
      RedirectAttributes redirect, Locale locale) {
    RemoteAccessRequest request = ACCESS_ANSWERS.get(String.valueOf(answer));
    if (request == null) {
      // Not one of the page's three buttons: nothing is sent for the customer.
      return act(number, redirect, locale, null, () -> {
        throw new ApiException.BadRequest("answer", format.text("problem.access-answer", locale));
      });
    }
    return act(number, redirect, locale, "done.access." + answer, () -> incidents.remoteAccess(number, request));
  }

  @PostMapping("/incidents/{number}/subscription")
  String subscription(@PathVariable String number, @RequestParam(required = false) String email,
      @RequestParam(required = false) Boolean enabled, RedirectAttributes redirect, Locale locale) {
    return act(number, redirect, locale, Boolean.TRUE.equals(enabled) ? "done.subscribed" : "done.unsubscribed",
        () -> incidents.subscription(number, customers.valid(new SubscriptionRequest(email, enabled))));
  }

  /**
   * Runs one of the incident's actions through the API's controller, after the same visibility check as a read
   * (another customer's incident is "not found" before anything is looked at); a refusal of the incident's state
   * (409) or of the input (400) is shown on the incident's page.
   */
  private String act(String number, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
    String visible = incidents.get(number).number();
    try {
      action.run();
      redirect.addFlashAttribute("notice", format.text(done, locale));
    } catch (ApiException.Conflict no) {
      redirect.addFlashAttribute("problem", format.text("problem.state", locale));
    } catch (ApiException.BadRequest refused) {
      redirect.addFlashAttribute("problem",
          String.join(" ", customers.problems(refused, field -> field, locale).values()));
    }
    return "redirect:/portal/incidents/" + visible;
  }

  // ------------------------------------------------------------------------------------------ helpers

  private static String latest(List<IncidentViews.TimelineView> timeline, String event) {
    String found = null;
    for (IncidentViews.TimelineView entry : timeline) {
      if (event.equals(entry.event())) {
        found = entry.detail();
      }
    }
    return found;
  }

  /** Whether support's latest word on access is its request (no answer, no expiry since). */
  private static boolean accessRequested(List<IncidentViews.TimelineView> timeline) {
    String last = null;
    for (IncidentViews.TimelineView entry : timeline) {
      if (ACCESS_EVENTS.contains(entry.event())) {
        last = entry.event();
      }
    }
    return TimelineEvent.ACCESS_REQUESTED.code().equals(last);
  }
}
