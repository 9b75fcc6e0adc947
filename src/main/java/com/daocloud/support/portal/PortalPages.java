package com.daocloud.support.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the support site shows in its header: who is signed in, and the language switch. */
@ControllerAdvice(assignableTypes = {PortalController.class, PortalChangeController.class})
class PortalPages {

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
