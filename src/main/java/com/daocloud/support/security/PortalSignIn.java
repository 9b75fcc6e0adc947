package com.daocloud.support.security;

import com.daocloud.support.identity.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in of the customer support site (docs/portal.md). A form and a session, as people expect of a web
 * site, against the same engine users and the same {@link EngineUserAuthenticationProvider} as the API's HTTP
 * Basic, so the account lock applies; {@link LoginThrottleFilter} counts the form's wrong passwords against the
 * caller's address like any other. Every form carries the session's CSRF token.
 *
 * <p>The site's pages are for users of group {@code customers}. Staff who sign in here are handed to the
 * webapps instead: the session becomes a Tasklist (or Cockpit) session, as the webapps' own login would make it,
 * and the site keeps none. Customers never get a webapp session from here ({@link WebappAccess} refuses them
 * there anyway).
 */
final class PortalSignIn {

  static final String PATH = "/portal";
  static final String LOGIN = PATH + "/login";
  static final String HOME = PATH + "/incidents";
  static final String FORBIDDEN = PATH + "/forbidden";

  /** Pages only: the site loads nothing from other origins and runs no script but its own files. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private PortalSignIn() {
  }

  static HttpSecurity configure(HttpSecurity http, EngineUserAuthenticationProvider users, ProcessEngine engine)
      throws Exception {
    RequestMatcher login = SecurityConfig.path(LOGIN);
    return http
        .authenticationProvider(users)
        .authorizeHttpRequests(requests -> requests
            // The refusal page too: a stranger's form without its CSRF token is forwarded there.
            .requestMatchers(login, SecurityConfig.path(FORBIDDEN), SecurityConfig.path(PATH + "/assets/**"))
            .permitAll()
            .anyRequest().hasAuthority(Groups.CUSTOMERS))
        .formLogin(form -> form
            .loginPage(LOGIN)
            .loginProcessingUrl(LOGIN)
            .failureUrl(LOGIN + "?error")
            .successHandler(signedIn(engine)))
        .logout(logout -> logout
            .logoutUrl(PATH + "/logout")
            .logoutSuccessUrl(LOGIN + "?signed-out"))
        // A signed-in user of no customer (none is kept, see signedIn) sees why instead of a bare 403.
        .exceptionHandling(errors -> errors.accessDeniedPage(FORBIDDEN))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
  }

  /** The form login of the site, on the decoded path; counted by {@link LoginThrottleFilter}. */
  static boolean isLogin(HttpServletRequest request) {
    return "POST".equalsIgnoreCase(request.getMethod()) && LOGIN.equals(SecurityConfig.canonicalPath(request));
  }

  private static AuthenticationSuccessHandler signedIn(ProcessEngine engine) {
    SavedRequestAwareAuthenticationSuccessHandler customers = new SavedRequestAwareAuthenticationSuccessHandler();
    customers.setDefaultTargetUrl(HOME);
    customers.setAlwaysUseDefaultTargetUrl(false);
    return (request, response, authentication) -> {
      if (isCustomer(authentication)) {
        customers.onAuthenticationSuccess(request, response, authentication);
        return;
      }
      toWebapps(engine, request, response, authentication.getName());
    };
  }

  private static boolean isCustomer(Authentication authentication) {
    return authentication.getAuthorities().stream().anyMatch(a -> Groups.CUSTOMERS.equals(a.getAuthority()));
  }

  /**
   * Staff: the site's session is dropped, and a new one is signed in to the webapps the user may use, as their
   * own login does ({@link AuthenticationUtil#revalidateSession}); Tasklist where allowed, else Cockpit.
   */
  private static void toWebapps(ProcessEngine engine, HttpServletRequest request, HttpServletResponse response,
      String userId) throws IOException {
    SecurityContextHolder.clearContext();
    UserAuthentication webapps = AuthenticationUtil.createAuthentication(engine, userId);
    String app = webapps != null && !webapps.getAuthorizedApps().contains("tasklist")
        && webapps.getAuthorizedApps().contains("cockpit") ? "cockpit" : "tasklist";
    if (webapps != null && webapps.getAuthorizedApps().contains(app)) {
      AuthenticationUtil.revalidateSession(request, webapps);
    } else if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/camunda/app/" + app + "/");
  }
}
