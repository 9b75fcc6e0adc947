package com.daocloud.support.identity;

import java.util.Map;
import java.util.Set;

/**
 * The variables each user task is completed with: the enabled fields of its Camunda Form, and what the
 * integrations send (docs/processes.md, Tasks that other tools complete). Nothing else may be written by the
 * people who work the tasks (see {@link TaskOutcomeGuard}); a form that gains a field must be listed here too
 * (TaskOutcomesTest checks).
 */
public final class TaskOutcomes {

  private static final Map<String, Set<String>> BY_TASK = Map.ofEntries(
      // incident-handling
      Map.entry("Task_AcknowledgeLevel1", Set.of()),
      Map.entry("Task_NoteLevel1Incident", Set.of()),
      Map.entry("Task_ContactCustomer", Set.of("dispatchOnSite", "securityRisk", "unauthorizedMaintenance",
          "unauthorizedModification", "majorCustomerChange", "technicalPreview", "previewSupportAgreed",
          "thirdPartyCause", "thirdPartySupplier", "thirdPartyHarmsProduct", "thirdPartyRemoval", "virusDamage",
          "antivirusConsulting")),
      Map.entry("Task_AskForAccess", Set.of("accessAnswer", "accessAnsweredBy")),
      Map.entry("Task_NoteReclassification", Set.of()),
      Map.entry("Task_ChaseStatusUpdate", Set.of("chaseNote")),
      Map.entry("Task_DecideSupportLevel", Set.of("lowerSupportLevel", "supportLevelNote")),
      Map.entry("Task_HandleResponseBreach", Set.of("breachAction", "breachNote")),
      Map.entry("Task_InformNotEntitled", Set.of()),
      Map.entry("Task_OfferExtendedMaintenance", Set.of("eamDeclined")),
      Map.entry("Task_DecideBestEffort", Set.of("expertsAvailable", "bestEffortNote")),
      Map.entry("Task_ReviewSuggestion", Set.of("suggestionAccepted", "suggestionAnswer")),
      Map.entry("Task_AgreeOutOfScopeFees", Set.of("feesAgreed")),
      Map.entry("Task_ConfirmOnSiteArrival", Set.of()),
      Map.entry("Task_PostStatusUpdate", Set.of("statusUpdate", "statusChannel")),
      Map.entry("Task_ResolveIncident", Set.of("outcome", "resolutionType", "solutionSummary", "codeFix",
          "informationRequested", "dispatchOnSite", "scopeReason")),
      Map.entry("Task_AgreeLateScopeFees", Set.of("feesAgreed")),
      // change-control
      Map.entry("Task_ConfirmOverdueFeesPaid", Set.of("overdueFeesPaid", "underWarranty")),
      Map.entry("Task_Recertify", Set.of("recertified", "recertificationNote")),
      Map.entry("Task_ReviewLateNotice", Set.of("lateNoticeAccepted", "lateNoticeComment")),
      Map.entry("Task_InformCustomerOfRejection", Set.of()),
      Map.entry("Task_WriteChangePlan", Set.of("changePlan")),
      Map.entry("Task_VerifyChange", Set.of("verificationOutcome", "verificationNote")),
      Map.entry("Task_ReviewWithCustomer", Set.of("reviewSummary")),
      // eam-application
      Map.entry("Task_ApproveEam", Set.of("approved", "approvalComment")),
      Map.entry("Task_ConfirmArrearsPaid", Set.of("arrearsPaid", "arrearsNote")),
      // S360 (SVC-2)
      Map.entry("Task_AssessAdvisory", Set.of("assessment", "assessmentNote")),
      Map.entry("Task_InspectHealth", Set.of("overallInformation", "managementNodes", "computeNodes",
          "applicationStatus", "functionalRequirements", "overallEvaluation", "findings", "openIncident",
          "incidentTitle", "incidentImpact", "openChange", "changeDescription")),
      Map.entry("Task_ChaseOverdueInspection", Set.of("chaseNote")),
      Map.entry("Task_WriteServicePlan", Set.of("servicePlan")),
      Map.entry("Task_WriteServiceReport", Set.of("serviceReport")));

  private TaskOutcomes() {
  }

  /** The outcome variables of a task (by its id in the model); none for a task not listed. */
  public static Set<String> of(String taskDefinitionKey) {
    return taskDefinitionKey == null ? Set.of() : BY_TASK.getOrDefault(taskDefinitionKey, Set.of());
  }

  static Set<String> tasks() {
    return BY_TASK.keySet();
  }
}
