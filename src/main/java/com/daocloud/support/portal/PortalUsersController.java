package com.daocloud.support.portal;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerRepository;
import com.daocloud.support.customer.CustomerUserController;
import com.daocloud.support.customer.CustomerUserRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support site's page for the customer's two administrators (docs/portal.md, CUS-1): its support users, a
 * form to add one and a button to remove one, each through the customer-user endpoints' own controller, so the
 * same checks apply (anyone else is refused with its 403 before anything is shown; the administrators themselves
 * cannot be removed, 409).
 */
@Controller
@RequestMapping("/portal/users")
class PortalUsersController {

  /** The fields of "Add a support user". */
  record AddForm(String userId, String firstName, String lastName, String email) {
  }

  private final CustomerUserController users;
  private final CustomerRepository repository;
  private final PortalCustomers customers;
  private final PortalFormat format;

  PortalUsersController(CustomerUserController users, CustomerRepository repository, PortalCustomers customers,
      PortalFormat format) {
    this.users = users;
    this.repository = repository;
    this.customers = customers;
    this.format = format;
  }

  @GetMapping
  String page(Model model) {
    return page(new AddForm(null, null, null, null), Map.of(), model);
  }

  @PostMapping
  String add(@RequestParam(required = false) String userId, @RequestParam(required = false) String firstName,
      @RequestParam(required = false) String lastName, @RequestParam(required = false) String email,
      @RequestParam(required = false) String password, Model model, RedirectAttributes redirect, Locale locale) {
    String customerId = administered();
    AddForm form = new AddForm(userId, firstName, lastName, email);
    CustomerUserRequest request = new CustomerUserRequest(firstName, lastName, email, password);
    Map<String, String> errors = customers.problems(request, field -> field);
    if (!errors.isEmpty()) {
      return page(form, errors, model);
    }
    try {
      users.add(customerId, userId == null ? "" : userId.trim(), request);
    } catch (ApiException.BadRequest | ApiException.Conflict refused) {
      return page(form, customers.problems(refused, field -> field, locale), model);
    }
    redirect.addFlashAttribute("notice", format.text("users.added", locale, userId.trim()));
    return "redirect:/portal/users";
  }

  @PostMapping("/{userId}/remove")
  String remove(@PathVariable String userId, RedirectAttributes redirect, Locale locale) {
    String customerId = administered();
    try {
      users.remove(customerId, userId);
      redirect.addFlashAttribute("notice", format.text("users.removed", locale, userId));
    } catch (ApiException.Conflict | ApiException.BadRequest | ApiException.NotFound refused) {
      redirect.addFlashAttribute("problem", refused.getMessage());
    }
    return "redirect:/portal/users";
  }

  private String page(AddForm form, Map<String, String> errors, Model model) {
    CustomerProfile customer = customers.profile(administered());
    model.addAttribute("customer", customer);
    model.addAttribute("users", repository.usersOf(customer.id()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "portal/users";
  }

  /** The signed-in user's customer, if the user is one of its administrators; the API's 403 otherwise. */
  private String administered() {
    String customerId = customers.own();
    if (!customers.isAdministrator(customerId)) {
      throw new ApiException.Forbidden("Only the customer's two administrators add or remove its users.");
    }
    return customerId;
  }
}
