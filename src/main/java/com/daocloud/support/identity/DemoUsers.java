package com.daocloud.support.identity;

/** The demo users of the README (profile {@code demo} only); each password equals the user id. */
final class DemoUsers {

  private DemoUsers() {
  }

  static void create(IdentitySetup setup) {
    demo(setup, "demo", "Demo", "Administrator", Groups.ADMIN);
    demo(setup, "engineer", "Erin", "Engineer", Groups.SUPPORT_ENGINEERS);
    demo(setup, "service", "Sam", "Service", Groups.CUSTOMER_SERVICE);
    demo(setup, "supervisor", "Sue", "Supervisor", Groups.DUTY_SUPERVISORS);
    demo(setup, "manager", "Max", "Manager", Groups.SUPPORT_MANAGERS);
    demo(setup, "analyst", "Ana", "Analyst", Groups.POLICY_ANALYSTS);
    demo(setup, "success", "Cass", "Success", Groups.CUSTOMER_SUCCESS);
    demo(setup, "acme-user", "Acme", "Operator", Groups.CUSTOMERS);
    demo(setup, "globex-user", "Globex", "Operator", Groups.CUSTOMERS);
  }

  private static void demo(IdentitySetup setup, String id, String first, String last,
      String group) {
    setup.ensureUser(id, first, last, id + "@demo.invalid", id, group);
  }
}
