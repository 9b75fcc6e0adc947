package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import com.daocloud.support.identity.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps are for staff (docs/security.md). Their own session login and application
 * authorizations decide what a signed-in member of staff sees; this class adds what they do not know:
 *
 * <ul>
 *   <li>A customer user (group {@code customers}) signs in to no webapp, Welcome included: the login form
 *       answers 403 for a customer's right password (401 for a wrong one, as for anyone).</li>
 *   <li>A session that holds a customer anyway (signed in before joining the group) is ended on its next
 *       request to the webapps, with 403.</li>
 *   <li>The webapps' API beyond sign-in ({@link #signedIn()}) needs a signed-in session, so that nothing
 *       behind it relies on the webapps' own filter alone.</li>
 * </ul>
 */
final class WebappAccess {

  /** The login form of every webapp: {@code /camunda/api/admin/auth/user/{engine}/login/{app}}. */
  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

  private WebappAccess() {
  }

  /** Granted when the request's webapp session holds at least one signed-in user. */
  static AuthorizationManager<RequestAuthorizationContext> signedIn() {
    return (Supplier<Authentication> authentication, RequestAuthorizationContext context) ->
        new AuthorizationDecision(!users(context.getRequest()).isEmpty());
  }

  static Collection<UserAuthentication> users(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? List.of() : authentications.getAuthentications();
  }

  /** Refuses customers at the login form and ends webapp sessions that hold one. */
  static class CustomerRefusal extends OncePerRequestFilter {

    private final IdentityService identityService;

    CustomerRefusal(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (users(request).stream().anyMatch(user -> user.getGroupIds() != null
          && user.getGroupIds().contains(Groups.CUSTOMERS))) {
        request.getSession().invalidate();
        refuse(response);
        return;
      }
      if ("POST".equals(request.getMethod()) && LOGIN.matcher(SecurityConfig.canonicalPath(request)).matches()
          && LoginForm.isUtf8Form(request.getContentType())) {
        byte[] body = request.getInputStream().readAllBytes();
        Map<String, String> form = LoginForm.fields(body);
        String userId = form.get("username");
        if (userId != null && isCustomer(userId)) {
          // One password check per attempt, as the webapp's own login would make.
          if (identityService.checkPassword(userId, form.getOrDefault("password", ""))) {
            refuse(response);
          } else {
            // Exactly the webapps' own answer to a wrong password (401, no body), so that strangers
            // cannot tell customer accounts from others.
            response.sendError(HttpStatus.UNAUTHORIZED.value());
          }
          return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    private boolean isCustomer(String userId) {
      return identityService.createGroupQuery().groupMember(userId).groupId(Groups.CUSTOMERS).count() > 0;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
      Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
          "Customer accounts do not sign in to the webapps; they use the API.");
    }

  }
}
