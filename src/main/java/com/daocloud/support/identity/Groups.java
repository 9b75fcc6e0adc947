package com.daocloud.support.identity;

import java.util.List;

/**
 * The groups of docs/security.md. Group ids are fixed (integrations and filters use them); names are for
 * people.
 */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String SUPPORT_ENGINEERS = "support-engineers";
  public static final String CUSTOMER_SERVICE = "customer-service";
  public static final String DUTY_SUPERVISORS = "duty-supervisors";
  public static final String SUPPORT_MANAGERS = "support-managers";
  public static final String POLICY_ANALYSTS = "policy-analysts";
  public static final String CUSTOMERS = "customers";
  /** The S360 dedicated teams (SVC-2): inspections, advisories, critical-event support. */
  public static final String CUSTOMER_SUCCESS = "customer-success";

  public static final List<String> ALL =
      List.of(ADMIN, SUPPORT_ENGINEERS, CUSTOMER_SERVICE, DUTY_SUPERVISORS, SUPPORT_MANAGERS,
          POLICY_ANALYSTS, CUSTOMERS, CUSTOMER_SUCCESS);

  private Groups() {
  }

  public static String displayName(String groupId) {
    return switch (groupId) {
      case ADMIN -> "Administrators";
      case SUPPORT_ENGINEERS -> "Support engineers";
      case CUSTOMER_SERVICE -> "Customer service";
      case DUTY_SUPERVISORS -> "Duty supervisors";
      case SUPPORT_MANAGERS -> "Support managers";
      case POLICY_ANALYSTS -> "Policy analysts";
      case CUSTOMERS -> "Customers";
      case CUSTOMER_SUCCESS -> "Customer success";
      default -> groupId;
    };
  }
}
