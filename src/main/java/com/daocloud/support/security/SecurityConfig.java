package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.security.token.ApiTokenAuthenticationFilter;
import com.daocloud.support.security.token.ApiTokens;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what (CONTRACT §5, §6, issue 2's security baseline).
 *
 * <ul>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: HTTP Basic against the engine's users, stateless,
 *       401 without valid credentials. Customer users never reach {@code /engine-rest}.</li>
 *   <li>Operations (issue 8, docs/operations.md): {@code /actuator/health} for anyone (details for
 *       administrators only), {@code /actuator/prometheus} for staff, other actuator endpoints for
 *       administrators; the API documentation ({@code /v3/api-docs}, Swagger UI) for any user.</li>
 *   <li>The webapps keep their own session login, CSRF protection and application authorizations;
 *       the Admin app's first-run setup endpoint is closed for good.</li>
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

  @Bean
  @Order(1)
  SecurityFilterChain restApis(HttpSecurity http, EngineUserAuthenticationProvider users,
      IdentityService identityService, ApiTokens apiTokens) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
        .authenticationProvider(users)
        .authorizeHttpRequests(requests -> requests
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
        // Stateless Basic authentication carries no cookie, so there is nothing to forge.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(
                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
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
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(unauthorized())
            .accessDeniedHandler(forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    http.securityMatcher(path("/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(ADMIN_SETUP_PATH)).denyAll()
            .anyRequest().permitAll())
        .exceptionHandling(errors -> errors.accessDeniedHandler(forbidden()))
        // The Camunda webapps run their own CSRF filter and session login.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
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
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.equals(prefix) || path.startsWith(prefix + "/") || prefix.isEmpty();
    };
  }

  private static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      if (e instanceof AuthenticationServiceException) {
        response.setHeader("Retry-After", "5");
        Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
            "Service unavailable", "The service cannot check credentials right now; retry shortly.");
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"dce-support\"");
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
          "Valid credentials are required (HTTP Basic).");
    };
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN, "forbidden",
        "Forbidden", "You may not do this.");
  }
}
