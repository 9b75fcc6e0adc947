package com.daocloud.support.incident;

import java.util.List;
import java.util.Map;

/**
 * SCP-1, SCP-3, SCP-5: whether a request is in the scope of support. The deployed {@code support-scope}
 * decision (SCP-1, SCP-3) decides over its seven facts (a fact nobody ticked counts as false), evaluated by
 * the business rule task {@code Task_DecideScope} of {@code incident-handling}.
 *
 * <p>SCP-5 (antivirus) is not one of the decision's fixed inputs (docs/analysts.md), and adding one would break
 * every caller of the decision's REST evaluation; it is applied after the decision: a request for antivirus advice
 * or a bundled antivirus solution is declined. Virus damage itself does not change the verdict: support assists
 * on request, without a fee gate, and the customer is told that support is not liable for data lost to viruses.
 */
public final class SupportScope {

  public static final String DECISION_KEY = "support-scope";
  /** The decision's inputs (docs/analysts.md, section 5). */
  public static final List<String> INPUTS = List.of("securityRisk", "unauthorizedMaintenance",
      "unauthorizedModification", "majorCustomerChange", "technicalPreview", "previewSupportAgreed",
      "thirdPartyCause");
  public static final String IN_SCOPE = "in-scope";
  public static final String OUT_OF_SCOPE = "out-of-scope";
  public static final String DECLINED = "declined";
  public static final String REASON_ANTIVIRUS = "antivirus-consulting";
  /** The reasons the customer is told about, each with its template under {@link #REASON_KEY_PREFIX}. */
  public static final List<String> REASONS = List.of("security-risk", "unauthorized-maintenance",
      "modified-software", "major-customer-change", "technical-preview", "third-party", REASON_ANTIVIRUS);
  public static final String REASON_KEY_PREFIX = "scope.reason.";

  private SupportScope() {
  }

  /** {@code scope}: in-scope | out-of-scope | declined; {@code reason} as the decision names it. */
  public record Verdict(String scope, String reason) {
  }

  /**
   * The verdict of the decision's matched row ({@code scope}, {@code reason}), with SCP-5 applied: antivirus advice
   * is declined (unless the request is declined already for a security risk).
   *
   * @throws IllegalStateException if the table gave no scope (the deployment gate refuses such a table)
   */
  public static Verdict verdict(Map<String, ?> decided, boolean antivirusConsulting) {
    Object scope = decided == null ? null : decided.get("scope");
    if (scope == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " gave no scope");
    }
    Verdict verdict = new Verdict(scope.toString(), String.valueOf(decided.get("reason")));
    if (antivirusConsulting && !DECLINED.equals(verdict.scope())) {
      return new Verdict(DECLINED, REASON_ANTIVIRUS);
    }
    return verdict;
  }

  /**
   * What the customer reads about a reason (SCP-1, SCP-3, SCP-5): the template {@code scope.reason.<reason>};
   * a reason the decision names that has no template yet is shown as it is.
   */
  public static Object explain(String reason) {
    return REASONS.contains(reason) ? IncidentMessages.Message.of(REASON_KEY_PREFIX + reason) : String.valueOf(reason);
  }
}
