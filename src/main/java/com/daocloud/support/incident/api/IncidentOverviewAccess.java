package com.daocloud.support.incident.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.security.WebappUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may see every open incident at once in the webapps (the SLA board): what reading every incident in Cockpit
 * needs, that is access to Cockpit and READ_INSTANCE on the process definition {@code incident-handling} (or READ
 * on every process instance). With the demo groups: support managers and administrators (docs/security.md).
 */
@Component
public class IncidentOverviewAccess {

  private static final String COCKPIT = "cockpit";

  private final String engineName;
  private final AuthorizationService authorizationService;

  public IncidentOverviewAccess(ProcessEngine engine) {
    this.engineName = engine.getName();
    this.authorizationService = engine.getAuthorizationService();
  }

  /**
   * The session's user, if that user may see every incident.
   *
   * @throws ApiException.Forbidden without a signed-in webapp session (the security chain admits only those, so
   *     the caller answers as a stranger) or when the user may not
   */
  public WebappUser require(HttpServletRequest request) {
    WebappUser user = signedIn(request, engineName);
    if (!mayReadEveryIncident(user)) {
      throw new ApiException.Forbidden("The SLA board is for Cockpit users who may read every incident");
    }
    return user;
  }

  /**
   * The session's user; the security chain admits only signed-in sessions to the webapps' endpoints, so without
   * one the caller answers as a stranger.
   */
  static WebappUser signedIn(HttpServletRequest request, String engineName) {
    return WebappUser.of(request, engineName)
        .orElseThrow(() -> new ApiException.Forbidden("Sign in to the webapps first"));
  }

  private boolean mayReadEveryIncident(WebappUser user) {
    return authorized(user, Permissions.ACCESS, Resources.APPLICATION, COCKPIT)
        && (authorized(user, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, IncidentProcess.KEY)
        || authorized(user, Permissions.READ, Resources.PROCESS_INSTANCE, "*"));
  }

  private boolean authorized(WebappUser user, Permission permission, Resources resource, String resourceId) {
    return authorizationService.isUserAuthorized(user.userId(), user.groupIds(), permission, resource, resourceId);
  }
}
