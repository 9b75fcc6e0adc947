package com.daocloud.support.portal;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.eam.EamApplicationService;
import com.daocloud.support.eam.api.EamApplicationBody;
import com.daocloud.support.eam.api.EamApplicationController;
import com.daocloud.support.eam.api.EamViews;
import com.daocloud.support.lifecycle.LifecycleService;
import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.SupportLifecycle;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The support site's extended maintenance (docs/portal.md, EAM-1..4): per cluster where its version stands
 * ({@code GET /api/lifecycle}'s service) and whether an EAM contract covers it today; the eligibility questions,
 * submitted through the EAM endpoint's own controller; and the customer's applications with their answer,
 * coverage and arrears.
 */
@Controller
@RequestMapping("/portal/eam")
class PortalEamController {

  /** One of the customer's clusters: its version's phase today and whether a contract covers it. */
  record Cluster(String cluster, String product, String version, String phase, LocalDate eossDate, boolean covered) {
  }

  private final EamApplicationController applications;
  private final EamApplicationService service;
  private final LifecycleService lifecycle;
  private final ExtendedMaintenanceContracts contracts;
  private final CustomerService customerService;
  private final PortalCustomers customers;

  PortalEamController(EamApplicationController applications, EamApplicationService service, LifecycleService lifecycle,
      ExtendedMaintenanceContracts contracts, CustomerService customerService, PortalCustomers customers) {
    this.applications = applications;
    this.service = service;
    this.lifecycle = lifecycle;
    this.contracts = contracts;
    this.customerService = customerService;
    this.customers = customers;
  }

  @GetMapping
  String page(@RequestParam(required = false) String applied, Model model) {
    return page(applied, Map.of(), new EamApplicationBody(null, null, 1, null, null, null), model);
  }

  @PostMapping
  String apply(@RequestParam(required = false) String installation, @RequestParam(required = false) Integer years,
      @RequestParam(required = false) Boolean stableEnvironment,
      @RequestParam(required = false) Boolean supportedConfiguration,
      @RequestParam(required = false) Boolean willingToUpgrade, Model model, Locale locale) {
    EamApplicationBody body = new EamApplicationBody(customers.own(), installation, years, stableEnvironment,
        supportedConfiguration, willingToUpgrade);
    Map<String, String> errors = customers.problems(body, field -> field);
    if (!errors.isEmpty()) {
      return page(null, errors, body, model);
    }
    try {
      return "redirect:/portal/eam?applied=" + applications.apply(body).getBody().number();
    } catch (ApiException.BadRequest refused) {
      return page(null, customers.problems(refused, field -> field, locale), body, model);
    }
  }

  private String page(String applied, Map<String, String> errors, EamApplicationBody form, Model model) {
    Customer customer = customerService.customer(customers.own())
        .orElseThrow(() -> new ApiException.NotFound("No customer"));
    LocalDate today = service.today(customer);
    List<Cluster> clusters = customer.installations().stream().map(i -> cluster(customer, i, today)).toList();
    List<EamViews.Detail> mine = applications.list(null).stream()
        .sorted(Comparator.comparing(EamViews.Detail::number).reversed()).toList();
    model.addAttribute("customer", customer.profile());
    model.addAttribute("clusters", clusters);
    model.addAttribute("applications", mine);
    // Named only when it is one of the customer's own: the address cannot make the page say anything else.
    model.addAttribute("answer", mine.stream().filter(a -> a.number().equals(applied)).findFirst().orElse(null));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "portal/eam";
  }

  private Cluster cluster(Customer customer, Installation i, LocalDate today) {
    SupportLifecycle standing = lifecycle.lifecycle(i.product(), i.version(), today).orElse(null);
    return new Cluster(i.cluster(), Products.displayName(i.product()), i.version().toString(),
        standing == null ? null : standing.phase().code(), standing == null ? null : standing.eossDate(),
        contracts.isActive(customer.id(), i.cluster(), today));
  }
}
