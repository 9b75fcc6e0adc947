package com.daocloud.support.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One incident's whole life through the API, as its people do it: the customer reports, customer service
 * makes the first contact (completes Task_ContactCustomer in Tasklist's API), the engineer proposes a
 * solution (Task_ResolveIncident), the customer accepts it and the incident closes as resolved (CLS-1).
 */
final class Lifecycle {

  private static final long TASK_WAIT_NANOS = 60_000_000_000L;
  private static final String SOLUTION = """
      {"variables": {"outcome": {"value": "solution"}, "resolutionType": {"value": "countermeasure"},
                     "solutionSummary": {"value": "Raise the memory limit of the namespace's pods"}}}""";

  private final Http http;

  Lifecycle(Http http) {
    this.http = http;
  }

  boolean once() throws Exception {
    Http.Response created = http.post("acme-user", "/api/incidents", SupportBenchmark.incidentJson("partial", 0));
    if (created.status() != 201) {
      throw new IllegalStateException("report: " + created.status() + " " + created.body());
    }
    String number = created.json().get("number").asText();
    complete("service", awaitTask("service", number, "Task_ContactCustomer"), "{}");
    complete("engineer", awaitTask("engineer", number, "Task_ResolveIncident"), SOLUTION);
    Http.Response accepted = http.post("acme-user", "/api/incidents/" + number + "/closure-response",
        "{\"accepted\": true, \"comment\": \"Works\"}");
    if (accepted.status() != 200 || !"closed".equals(accepted.json().path("status").asText())) {
      throw new IllegalStateException("closure-response: " + accepted.status() + " " + accepted.body());
    }
    return true;
  }

  private String awaitTask(String user, String number, String taskKey) throws Exception {
    long deadline = System.nanoTime() + TASK_WAIT_NANOS;
    String path = "/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + taskKey;
    // Back off from 10 ms to 160 ms: a client that polls every few milliseconds would spend the CPU that the
    // application needs to create the task.
    long pause = 10;
    while (System.nanoTime() < deadline) {
      JsonNode tasks = http.get(user, path).json();
      if (tasks.size() > 0) {
        return tasks.get(0).get("id").asText();
      }
      Thread.sleep(pause);
      pause = Math.min(160, pause * 2);
    }
    throw new IllegalStateException(taskKey + " of " + number + " did not appear within 60 s");
  }

  private void complete(String user, String taskId, String json) throws Exception {
    Http.Response completed = http.post(user, "/engine-rest/task/" + taskId + "/complete", json);
    if (completed.status() != 204) {
      throw new IllegalStateException("complete " + taskId + ": " + completed.status() + " " + completed.body());
    }
  }
}
