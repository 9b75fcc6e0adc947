package com.daocloud.support.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the groups of docs/security.md, the authorizations each needs, and Tasklist's shared filters.
 * Idempotent: every start adds what is missing and changes nothing that exists.
 */
public class IdentitySetup {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  public static final String INCIDENT_HANDLING = "incident-handling";
  public static final String CHANGE_CONTROL = "change-control";
  public static final String EAM_APPLICATION = "eam-application";
  /** Customer service records a customer's phone report through Tasklist's "Start process" (docs/tasklist.md). */
  public static final String PHONE_REPORT = "phone-report";
  /** The S360 processes (SVC-2). */
  public static final List<String> S360_PROCESSES =
      List.of("health-inspection", "upgrade-advisory", "critical-event-support");

  private static final String ANY = Authorization.ANY;

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  public void run() {
    Groups.ALL.forEach(this::ensureGroup);
    grantAdministrators();
    grantStaff();
    grantPhoneReports();
    ensureTasklistFilters();
    LOG.info("Identity: {} groups and their authorizations are in place", Groups.ALL.size());
  }

  /** Creates the user if missing and puts it in the groups; the password is set only on creation. */
  public void ensureUser(String id, String firstName, String lastName, String email,
      String password, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
      LOG.info("Identity: created user '{}' in {}", id, Arrays.toString(groups));
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }

  /** Sets the password when it differs, so that the environment stays its source of truth. */
  public void ensurePassword(String id, String password) {
    if (!identityService.checkPassword(id, password)) {
      User user = identityService.createUserQuery().userId(id).singleResult();
      user.setPassword(password);
      identityService.saveUser(user);
      LOG.info("Identity: password of '{}' set from the environment", id);
    }
  }

  private void ensureGroup(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(Groups.displayName(id));
      group.setType(id.equals(Groups.ADMIN) ? "SYSTEM" : "WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void grantAdministrators() {
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  private void grantStaff() {
    Permission[] workTasks = {Permissions.READ, Permissions.READ_TASK, Permissions.UPDATE_TASK,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY};

    grant(Groups.SUPPORT_ENGINEERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.SUPPORT_ENGINEERS, Resources.PROCESS_DEFINITION, INCIDENT_HANDLING, workTasks);
    grant(Groups.SUPPORT_ENGINEERS, Resources.PROCESS_DEFINITION, CHANGE_CONTROL, workTasks);

    // Customer service works the tasks it is a candidate for (first contact, customer communication,
    // docs/processes.md): the engine grants those task by task. Updating every task of the processes
    // would let it complete the engineers' resolution and change tasks.
    Permission[] readTasks = {Permissions.READ, Permissions.READ_TASK, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY};
    grant(Groups.CUSTOMER_SERVICE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.CUSTOMER_SERVICE, Resources.PROCESS_DEFINITION, INCIDENT_HANDLING, readTasks);
    grant(Groups.CUSTOMER_SERVICE, Resources.PROCESS_DEFINITION, CHANGE_CONTROL, readTasks);
    revoke(Groups.CUSTOMER_SERVICE, Resources.PROCESS_DEFINITION, INCIDENT_HANDLING, Permissions.UPDATE_TASK);
    revoke(Groups.CUSTOMER_SERVICE, Resources.PROCESS_DEFINITION, CHANGE_CONTROL, Permissions.UPDATE_TASK);

    grant(Groups.DUTY_SUPERVISORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Every incident task, not only their own: supervisors take Level 1 tasks away from engineers (L12-6).
    grant(Groups.DUTY_SUPERVISORS, Resources.PROCESS_DEFINITION, INCIDENT_HANDLING, workTasks);
    // Tasklist checks that the user a supervisor hands a task to exists before it assigns it.
    grant(Groups.DUTY_SUPERVISORS, Resources.USER, ANY, Permissions.READ);

    // Managers watch Cockpit read-only and approve EAM and late change notices in Tasklist.
    grant(Groups.SUPPORT_MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.SUPPORT_MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.SUPPORT_MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(Groups.SUPPORT_MANAGERS, Resources.PROCESS_DEFINITION, EAM_APPLICATION,
        Permissions.UPDATE_TASK);
    grant(Groups.SUPPORT_MANAGERS, Resources.PROCESS_DEFINITION, CHANGE_CONTROL,
        Permissions.UPDATE_TASK);
    grant(Groups.SUPPORT_MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(Groups.SUPPORT_MANAGERS, Resources.TASK, ANY, Permissions.READ);
    // The SLA board names who holds each incident (docs/tasklist.md).
    grant(Groups.SUPPORT_MANAGERS, Resources.USER, ANY, Permissions.READ);
    grant(Groups.SUPPORT_MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grant(Groups.SUPPORT_MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        Permissions.READ);
    grant(Groups.SUPPORT_MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);

    // Analysts deploy decisions (DeploymentGuard keeps them to .dmn) and read them in Cockpit.
    grant(Groups.POLICY_ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.POLICY_ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.CREATE,
        Permissions.READ);
    grant(Groups.POLICY_ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY, Permissions.CREATE_INSTANCE);
    grant(Groups.POLICY_ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        Permissions.READ);
    // Customer success works the S360 tasks it is a candidate for: the whole group's, or a customer's
    // dedicated team's (candidate users, SVC-2). Without UPDATE_TASK on the definitions the engine grants
    // those task by task, so a dedicated team's tasks stay its own.
    grant(Groups.CUSTOMER_SUCCESS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String s360 : S360_PROCESSES) {
      grant(Groups.CUSTOMER_SUCCESS, Resources.PROCESS_DEFINITION, s360, readTasks);
    }
    // Customers: nothing in the engine; they use /api only.
  }

  /**
   * Starting {@code phone-report} is customer service's (administrators hold every permission): it is the one
   * process Tasklist lists under "Start process" for them, because starting needs both CREATE on process instances
   * and CREATE_INSTANCE on the definition, and no other staff group holds either. Nobody but administrators may
   * create a task (CREATE on TASK), so Tasklist shows "Create task" to them only (scripts/navbar-actions.js).
   */
  private void grantPhoneReports() {
    grant(Groups.CUSTOMER_SERVICE, Resources.PROCESS_DEFINITION, PHONE_REPORT, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grant(Groups.CUSTOMER_SERVICE, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  /** Tasklist's shared filters ({@link TasklistFilters}), each readable by the groups it is for. */
  private void ensureTasklistFilters() {
    for (TasklistFilters.Definition definition : TasklistFilters.all(taskService)) {
      Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(definition.name())
            .setQuery(definition.query())
            .setProperties(new HashMap<>(Map.of("priority", definition.order(), "description", definition.name(),
                "refresh", true, "variables", TasklistFilters.CARD_VARIABLES)));
        filterService.saveFilter(filter);
        LOG.info("Identity: created the Tasklist filter '{}' for {}", definition.name(), definition.groups());
      } else if (!TasklistFilters.CARD_VARIABLES.equals(filter.getProperties().get("variables"))) {
        // A database set up by an earlier version: its cards learn the incident's current card facts.
        Map<String, Object> properties = new HashMap<>(filter.getProperties());
        properties.put("variables", TasklistFilters.CARD_VARIABLES);
        filterService.saveFilter(filter.setProperties(properties));
      }
      for (String group : definition.groups()) {
        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }

  private void grant(String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    boolean isNew = authorization == null;
    if (isNew) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = isNew;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** Takes a permission back that an earlier version of this setup granted (databases that are kept). */
  private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    if (authorization != null && authorization.isPermissionGranted(permission)) {
      authorization.removePermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
