package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.security.token.ApiTokenAuthenticationFilter;
import com.daocloud.support.security.token.ApiTokens;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Who may reach what (docs/security.md: the groups, the trust boundaries).
 *
 * <p>One decision per request, on the path the dispatcher uses: the firewall ({@link PathFirewall})
 * refuses addresses that servlet containers, Spring MVC and Jersey could read differently (encoded
 * letters, {@code //}, dot segments, {@code ;} parameters), and every chain matches the decoded path
 * ({@link #canonicalPath}). Nothing falls through to "permit all": the last chain denies everything but
 * the webapps' redirect from {@code /}.
 *
 * <ul>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: HTTP Basic against the engine's users, stateless,
 *       401 without valid credentials. Customer users never reach {@code /engine-rest}. Browsers may not
 *       write there on behalf of other sites ({@link CrossSiteWriteFilter}).</li>
 *   <li>Operations (docs/operations.md): {@code /actuator/health} for anyone (details for
 *       administrators only), {@code /actuator/prometheus} for staff, other actuator endpoints for
 *       administrators; the API documentation ({@code /v3/api-docs}, Swagger UI) for any user.</li>
 *   <li>The webapps ({@code /camunda/**}) keep their own session login, CSRF protection and application
 *       authorizations; their static files and sign-in endpoints are open, their API needs a signed-in
 *       session, customers are refused ({@link WebappAccess}), and the Admin app's first-run setup
 *       endpoint is closed for good.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

  /** A published flaw of 7.24.0 CE lets this endpoint create an administrator; we never need it. */
  static final String ADMIN_SETUP_PATH = "/camunda/api/admin/setup/**";

  /** springdoc's OpenAPI document and Swagger UI (application.yaml {@code springdoc.*}). */
  static final String API_DOCS_PATH = "/v3/api-docs/**";
  static final String SWAGGER_UI_PATH = "/swagger-ui/**";
  static final String SWAGGER_UI_PAGE = "/swagger-ui.html";

  /**
   * The challenge of a 401. Never {@code Basic}: a Basic challenge makes a browser ask for a password and
   * then attach it to every later request to us, also to those that pages of other sites make it send.
   * Clients that use Basic send it unasked (curl {@code -u}, Camunda Modeler, scripts), so they do not
   * need the challenge; API tokens are the scheme that the challenge names.
   */
  static final String CHALLENGE = "Bearer realm=\"dce-support\"";

  /**
   * The engine's "is this user's password right?" resource: a password oracle for any signed-in user that
   * no login throttle counts. Nothing here needs it (logins go through HTTP Basic and the webapps' login).
   */
  static final String PASSWORD_CHECK = "(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
      + "/identity/verify/?";

  private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

  @Bean
  @Order(1)
  SecurityFilterChain restApis(HttpSecurity http, EngineUserAuthenticationProvider users,
      IdentityService identityService, ApiTokens apiTokens) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
        .authenticationProvider(users)
        .authorizeHttpRequests(requests -> requests
            // Strangers get the usual 401 (denyAll alone would answer them 403).
            .requestMatchers(pathMatching(PASSWORD_CHECK)).access(AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(),
                (authentication, context) -> new AuthorizationDecision(false)))
            .requestMatchers(path("/engine-rest/**")).access(AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(
                    AuthorityAuthorizationManager.hasAuthority(Groups.CUSTOMERS))))
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(unauthorized())
            .accessDeniedHandler(forbidden()))
        .anonymous(anonymous -> anonymous.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No session cookie to forge; cross-site writes with credentials a browser holds are refused by
        // CrossSiteWriteFilter instead.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(
                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .addFilterBefore(new CrossSiteWriteFilter(), BasicAuthenticationFilter.class)
        // Browsers never attach a Bearer token on their own, so tokens need no cross-site check.
        .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain operations(HttpSecurity http, EngineUserAuthenticationProvider users)
      throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/actuator/**"), path(API_DOCS_PATH),
            path(SWAGGER_UI_PATH), path(SWAGGER_UI_PAGE)))
        .authenticationProvider(users)
        .authorizeHttpRequests(requests -> requests
            // Load balancers and compose probe it without credentials; details need the admin.
            .requestMatchers(path("/actuator/health/**")).permitAll()
            .requestMatchers(path("/actuator/prometheus")).access(AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(
                    AuthorityAuthorizationManager.hasAuthority(Groups.CUSTOMERS))))
            .requestMatchers(path("/actuator/**")).hasAuthority(Groups.ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()));
    return statelessProblems(http).build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http, IdentityService identityService) throws Exception {
    http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(ADMIN_SETUP_PATH), pathMatching(PASSWORD_CHECK)).denyAll()
            // Signing in and out, and what the login pages load before anyone signed in.
            .requestMatchers(pathMatching("/camunda/api/admin/auth/user/[^/]+(/logout|/login/[^/]+)?"),
                pathMatching("/camunda/api/engine/engine/?"),
                pathMatching("/camunda/api/[^/]+/plugin/[^/]+/static/.+")).permitAll()
            .requestMatchers(path("/camunda/api/**")).access(WebappAccess.signedIn())
            // The webapps' own static files (pages, scripts, styles).
            .requestMatchers(path("/camunda/app/**"), path("/camunda/assets/**"), path("/camunda/lib/**"),
                pathMatching("/camunda/?|/camunda/(index\\.html|favicon\\.ico|error-\\d{3}-page\\.html)"))
            .permitAll()
            .anyRequest().denyAll())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(signInRequired())
            .accessDeniedHandler(forbidden()))
        .addFilterBefore(new WebappAccess.CustomerRefusal(identityService), AuthorizationFilter.class)
        // The Camunda webapps run their own CSRF filter and session login.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /**
   * The customer support site (docs/portal.md): its own session sign-in against the engine's users, CSRF
   * tokens in its forms ({@link PortalSignIn}). Its paths are disjoint from the webapps' chain of the same order.
   */
  @Bean
  @Order(3)
  SecurityFilterChain portal(HttpSecurity http, EngineUserAuthenticationProvider users,
      org.camunda.bpm.engine.ProcessEngine engine) throws Exception {
    return PortalSignIn.configure(http.securityMatcher(path(PortalSignIn.PATH + "/**")), users, engine).build();
  }

  /** Whatever no chain above claims: denied, except the webapps' redirect from the root. */
  @Bean
  @Order(4)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.securityMatcher(request -> true)
        .authorizeHttpRequests(requests -> requests
            // Error pages of requests that the chains above already admitted.
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(pathMatching("/?")).permitAll()
            .anyRequest().denyAll());
    return statelessProblems(http).build();
  }

  /** No session, no CSRF token (no cookie to forge), refusals as problem details. */
  private static HttpSecurity statelessProblems(HttpSecurity http) throws Exception {
    return http.exceptionHandling(errors -> errors
            .authenticationEntryPoint(unauthorized())
            .accessDeniedHandler(forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
  }

  /** See {@link PathFirewall}: refuses addresses that would not read the same to every dispatcher. */
  @Bean
  HttpFirewall httpFirewall() {
    return new PathFirewall();
  }

  /** The same firewall before every other filter (see {@link PathFirewall.EarlyCheck} for why). */
  @Bean
  FilterRegistrationBean<PathFirewall.EarlyCheck> pathFirewallFirst(HttpFirewall firewall,
      RequestRejectedHandler rejected) {
    FilterRegistrationBean<PathFirewall.EarlyCheck> registration =
        new FilterRegistrationBean<>(new PathFirewall.EarlyCheck(firewall, rejected));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Spring Security's firewall refuses suspicious addresses (encoded dots, semicolons, NUL, traversal):
   * answered as problem details like every other error, without saying what tripped it.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) -> Problems.write(response, HttpStatus.BAD_REQUEST, "bad-request",
        "Bad Request", "The request cannot be served: its address or headers are malformed.");
  }

  /** Runs after Spring Security, so that it knows the caller of {@code /engine-rest} requests. */
  @Bean
  FilterRegistrationBean<EngineRequestGuardFilter> engineRequestGuard(
      @Value("${dce.security.max-query-results}") int maxQueryResults) {
    FilterRegistrationBean<EngineRequestGuardFilter> registration =
        new FilterRegistrationBean<>(new EngineRequestGuardFilter(maxQueryResults));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    return registration;
  }

  /**
   * Paths below the context path, whichever servlet serves them. (Spring's MVC-aware matchers do not
   * see the Jersey servlet of {@code /engine-rest}.) A pattern ending in {@code /**} matches the
   * prefix and everything below it.
   */
  static RequestMatcher path(String pattern) {
    String prefix = pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) : pattern;
    return request -> {
      String path = canonicalPath(request);
      return path.equals(prefix) || path.startsWith(prefix + "/") || prefix.isEmpty();
    };
  }

  /** The whole canonical path matches {@code regex}. */
  static RequestMatcher pathMatching(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return request -> pattern.matcher(canonicalPath(request)).matches();
  }

  /**
   * The path as the dispatchers see it: below the context path, percent-decoded, without {@code ;}
   * parameters and doubled slashes. (The firewall has refused dot segments already.)
   */
  public static String canonicalPath(HttpServletRequest request) {
    return PATHS.getPathWithinApplication(request);
  }

  private static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      if (e instanceof AuthenticationServiceException) {
        response.setHeader("Retry-After", "5");
        Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
            "Service unavailable", "The service cannot check credentials right now; retry shortly.");
        return;
      }
      response.setHeader("WWW-Authenticate", CHALLENGE);
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
          "Valid credentials are required (HTTP Basic).");
    };
  }

  /**
   * The webapps' API without a signed-in session: their pages then show the login form. The setup
   * endpoint is closed whoever asks, so signing in would not help: 403.
   */
  private static AuthenticationEntryPoint signInRequired() {
    RequestMatcher setup = path(ADMIN_SETUP_PATH);
    AccessDeniedHandler forbidden = forbidden();
    return (request, response, e) -> {
      if (setup.matches(request)) {
        forbidden.handle(request, response, null);
        return;
      }
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Sign in first.");
    };
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN, "forbidden",
        "Forbidden", "You may not do this.");
  }
}
