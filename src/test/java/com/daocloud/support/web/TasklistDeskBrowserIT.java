package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.identity.TasklistFilters;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.TestCustomers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desks' Tasklist at volume (docs/tasklist.md, "Filters"), in Chromium: an engineer picks the right task from
 * a list of 30 without opening any, and a duty supervisor finds a Level 1 task an engineer holds and hands it on.
 */
@IntegrationTest
class TasklistDeskBrowserIT {

  static final By CARDS = By.cssSelector("li.task h4.task a[href*='task=']");

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  FilterService filterService;

  @Autowired
  IncidentStore incidents;

  @Autowired
  RuntimeService runtimeService;

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("RSP-1, L12-6: with 30 incidents on an engineer's desk, 'My incidents' lists them due soonest first, each card"
      + " naming the incident, its customer and level, and a Level 1 comes first")
  void thirtyIncidentsInDueOrder() {
    // Given 30 incidents of two customers on one engineer's desk, two of them Level 1
    String engineer = engineer("desk");
    String other = TestCustomers.create(port, identityService, "desk", "5.0.7", "Asia/Shanghai");
    Map<String, String> customerOf = new HashMap<>();
    List<Task> desk = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      boolean acme = i % 2 == 0;
      String impact = i == 7 || i == 20 ? "outage" : "partial";
      String number = WebTestIncidents.report(port, acme ? "acme-user" : other + "-primary", acme ? "acme" : other,
          impact, "Desk card " + i);
      customerOf.put(number, acme ? "Acme" : other);
      Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
      taskService.setAssignee(contact.getId(), engineer);
      desk.add(taskService.createTaskQuery().taskId(contact.getId()).singleResult());
    }
    Task soonest = desk.stream().min(Comparator.comparing(Task::getDueDate)
        .thenComparing(Comparator.comparing(Task::getPriority).reversed())).orElseThrow();
    assertThat(incidents.require(businessKey(soonest)).level()).as("the soonest due is a Level 1").isEqualTo(1);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the engineer opens "My incidents"
        browser.login("tasklist", engineer, engineer);
        browser.click(filter(TasklistFilters.MY_INCIDENTS));
        await().atMost(WebTestIncidents.WAIT).until(() -> browser.attributes(CARDS, "href").size() == 15);

        // Then the first page holds 15 cards in due order, highest priority first among equal due dates
        List<Task> shown = browser.attributes(CARDS, "href").stream().map(TasklistDeskBrowserIT::taskId)
            .map(id -> taskService.createTaskQuery().taskId(id).singleResult()).toList();
        assertThat(shown).isSortedAccordingTo(Comparator.comparing(Task::getDueDate)
            .thenComparing(Comparator.comparing(Task::getPriority).reversed()));
        assertThat(shown.get(0).getDueDate()).isEqualTo(soonest.getDueDate());
        assertThat(incidents.require(businessKey(shown.get(0))).level()).isEqualTo(1);

        // And every card names its incident, customer and level without being opened
        for (Task task : shown) {
          String number = businessKey(task);
          By card = By.xpath("//li[contains(@class, 'task')][.//a[contains(@href, 'task=" + task.getId() + "')]]");
          browser.waitUntilTextIn(card, number);
          browser.waitUntilTextIn(card, customerOf.get(number));
          browser.waitUntilTextIn(card, "Level");
        }
        browser.screenshot("tasklist-desk-cards");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-desk-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("L12-6: a duty supervisor finds a Level 1 task that an engineer holds in 'Level 1 in progress (any holder)'"
      + " and hands it to another engineer")
  void supervisorReassignsAHeldLevelOneTask() {
    // Given a Level 1 incident whose contact task the demo engineer holds
    String number = WebTestIncidents.report(port, "outage", "Held Level 1 (desk browser test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    taskService.setAssignee(contact.getId(), "engineer");
    String next = engineer("next");

    try (Browser browser = Browser.open(port)) {
      try {
        // When the supervisor opens "Level 1 in progress (any holder)" and searches for the incident's number
        browser.login("tasklist", "supervisor", "supervisor");
        browser.click(filter(TasklistFilters.LEVEL_1_ANY_HOLDER));
        String filterId = filterService.createFilterQuery().filterName(TasklistFilters.LEVEL_1_ANY_HOLDER)
            .singleResult().getId();
        String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + number
            + "\",\"name\":\"incidentNumber\"}]";
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filterId + "&searchQuery="
            + URLEncoder.encode(search, StandardCharsets.UTF_8));

        // Then the list keeps the desks' order, and the card shows who holds the task
        browser.waitUntilTextIn(By.cssSelector("ol.sorting-choice"), "Due date");
        By card = By.xpath("//li[contains(@class, 'task')][.//a[contains(@href, 'task=" + contact.getId() + "')]]");
        browser.waitUntilTextIn(card, number);
        browser.waitUntilTextIn(card, "Erin Engineer");
        browser.scrollToCentre(browser.waitFor(card));
        browser.screenshot("tasklist-supervisor-level1");

        // And the supervisor opens it and hands it to the other engineer
        browser.click(By.cssSelector("li.task h4.task a[href*='task=" + contact.getId() + "']"));
        By assignee = By.cssSelector("[cam-tasklist-task] li.assignee .view-value");
        browser.waitUntilTextIn(assignee, "Erin Engineer");
        browser.click(assignee);
        By input = By.cssSelector("[cam-tasklist-task] li.assignee input.form-control");
        browser.type(input, next);
        browser.waitFor(input).sendKeys(Keys.ENTER);
        browser.waitUntilTextIn(assignee, "Next");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-supervisor-failure");
        throw e;
      }
    }
    assertThat(taskService.createTaskQuery().taskId(contact.getId()).singleResult().getAssignee()).isEqualTo(next);
  }

  /** A filter in Tasklist's list, by its name (the filters' description, shown as the tooltip). */
  private static By filter(String name) {
    return By.cssSelector(".task-filter h4[uib-tooltip=\"" + name + "\"] a");
  }

  /** A support engineer of this test alone. */
  private String engineer(String prefix) {
    String id = prefix + "-engineer-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setFirstName(prefix.substring(0, 1).toUpperCase() + prefix.substring(1));
    user.setLastName("Engineer");
    user.setPassword(id);
    identityService.saveUser(user);
    identityService.createMembership(id, Groups.SUPPORT_ENGINEERS);
    return id;
  }

  private String businessKey(Task task) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
  }

  private static String taskId(String href) {
    String after = href.substring(href.indexOf("task=") + "task=".length());
    int end = after.indexOf('&');
    return end < 0 ? after : after.substring(0, end);
  }
}
