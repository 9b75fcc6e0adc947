package com.daocloud.support.portal;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.change.ChangeRequestService;
import com.daocloud.support.change.ChangeTypes;
import com.daocloud.support.change.api.ChangeRequestBody;
import com.daocloud.support.change.api.ChangeRequestController;
import com.daocloud.support.change.api.ChangeViews;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.time.EngineClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The support site's change requests (docs/portal.md): the customer's list, and "Announce a change" with the
 * notice period shown before submitting (CHG-1, CHG-4). The preview is the notice a submission records
 * ({@link ChangeRequestService#notice}); submitting goes through the change-request endpoint's own controller.
 */
@Controller
@RequestMapping("/portal/changes")
class PortalChangeController {

  /** The fields the notice depends on: without them valid there is nothing to preview. */
  private static final Set<String> NOTICE_FIELDS = Set.of("changeType", "plannedAt", "effectiveDate");

  /** One change request in the list. */
  record Row(String number, String type, String plannedAt, String effectiveDate, int noticeDays,
      int minimumNoticeDays, boolean noticeSufficient, String status) {
  }

  private final ChangeRequestController changes;
  private final ChangeRequestService service;
  private final PortalCustomers customers;
  private final PortalFormat format;

  PortalChangeController(ChangeRequestController changes, ChangeRequestService service, PortalCustomers customers,
      PortalFormat format) {
    this.changes = changes;
    this.service = service;
    this.customers = customers;
    this.format = format;
  }

  @GetMapping
  String list(@RequestParam(required = false) String submitted, Model model, Locale locale) {
    CustomerProfile customer = customers.profile(customers.own());
    model.addAttribute("customer", customer);
    List<Row> rows = changes.list(null).stream()
        .sorted(Comparator.comparing(ChangeViews.Detail::submittedAt).reversed())
        .map(c -> new Row(c.number(), format.text("change.type." + c.changeType(), locale),
            format.dateTime(IncidentTimes.format(c.plannedAt(), customer.timeZone()), customer.timeZone(),
                EngineClock.now(), locale),
            c.effectiveDate() == null ? null : c.effectiveDate().toString(), c.noticeDays(), c.minimumNoticeDays(),
            c.noticeSufficient(), format.text("change.status." + c.status(), locale)))
        .toList();
    model.addAttribute("rows", rows);
    // Named only when it is one of the customer's own: the address cannot make the page say anything else.
    model.addAttribute("submitted", rows.stream().map(Row::number).filter(n -> n.equals(submitted)).findFirst()
        .orElse(null));
    return "portal/changes";
  }

  @GetMapping("/new")
  String form(Model model) {
    ChangeForm form = new ChangeForm();
    List<String> clusters = customers.clusters(customers.own());
    if (clusters.size() == 1) {
      form.setInstallation(clusters.get(0));
    }
    return page(form, Map.of(), null, model);
  }

  /** The notice this change would get if submitted now, before anything is submitted. */
  @PostMapping("/new")
  String preview(@ModelAttribute("form") ChangeForm form, Model model) {
    CustomerProfile customer = customers.profile(customers.own());
    ChangeRequestBody body = form.request(customer.id(), customer.timeZone());
    Map<String, String> errors = customers.problems(body, field -> field);
    ChangeRequestService.Notice notice = null;
    if (errors.keySet().stream().noneMatch(NOTICE_FIELDS::contains)) {
      notice = service.notice(body.changeType(), OffsetDateTime.parse(body.plannedAt()).toInstant(),
          body.effectiveDate() == null ? null : LocalDate.parse(body.effectiveDate()), customer.timeZone(),
          service.now());
    }
    return page(form, errors, notice, model);
  }

  @PostMapping
  String submit(@ModelAttribute("form") ChangeForm form, Model model, Locale locale) {
    CustomerProfile customer = customers.profile(customers.own());
    ChangeRequestBody body = form.request(customer.id(), customer.timeZone());
    Map<String, String> errors = customers.problems(body, field -> field);
    if (!errors.isEmpty()) {
      return page(form, errors, null, model);
    }
    try {
      String number = changes.submit(body).getBody().number();
      return "redirect:/portal/changes?submitted=" + number;
    } catch (ApiException.BadRequest refused) {
      return page(form, customers.problems(refused, field -> field, locale), null, model);
    }
  }

  private String page(ChangeForm form, Map<String, String> errors, ChangeRequestService.Notice notice, Model model) {
    CustomerProfile customer = customers.profile(customers.own());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", ChangeTypes.ALL);
    model.addAttribute("clusters", customers.clusters(customer.id()));
    model.addAttribute("customer", customer);
    model.addAttribute("notice", notice);
    return "portal/change";
  }
}
