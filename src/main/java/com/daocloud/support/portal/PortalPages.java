package com.daocloud.support.portal;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the support site shows in its header: who is signed in, and the language switch. */
// Before the API's problem+json handlers, which cover every controller of the application: the site answers pages.
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {PortalController.class, PortalChangeController.class, PortalEamController.class,
    PortalUsersController.class})
class PortalPages {

  private final CustomerDirectory directory;
  private final PortalCustomers customers;

  PortalPages(CustomerDirectory directory, PortalCustomers customers) {
    this.directory = directory;
    this.customers = customers;
  }

  /** Whether the header links the administrators' page: only for the customer's two administrators (CUS-1). */
  @ModelAttribute("administrator")
  boolean administrator() {
    if (signedIn() == null) {
      return false;
    }
    return directory.customerOfUser(CurrentUser.get().userId()).map(customers::isAdministrator).orElse(false);
  }

  /** Another customer's record, or a page the user may not see: as the API answers, 404 or 403. */
  @ExceptionHandler(ApiException.NotFound.class)
  String notFound(HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return "portal/not-found";
  }

  @ExceptionHandler(ApiException.Forbidden.class)
  String refused(HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "portal/forbidden";
  }

  /** The page's address without its query, for the language switch. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("signedIn")
  String signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null
        : auth.getName();
  }
}
