package com.daocloud.support.s360.advisory.process;

import com.daocloud.support.s360.advisory.Advisory;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code upgrade-advisory} process (docs/processes.md): key, element ids and variable names. One instance
 * per affected S360 installation; business key = {@code ADV-} + the advisory id.
 */
public final class UpgradeAdvisoryProcess {

  public static final String KEY = "upgrade-advisory";
  public static final String RESOURCE = "bpmn/upgrade-advisory.bpmn";
  public static final String FORM = "bpmn/form-assess-advisory.form";

  private UpgradeAdvisoryProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_AdvisoryPublished";
    public static final String TASK_ASSESS = "Task_AssessAdvisory";
    public static final String TASK_TELL_CUSTOMER = "ServiceTask_TellCustomer";
    public static final String END_CUSTOMER_TOLD = "EndEvent_CustomerTold";

    private Elements() {
    }
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String NOTICE_ID = "noticeId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CLUSTER = "cluster";
    public static final String PRODUCT = "product";
    public static final String VERSION = "version";
    public static final String ADVISORY_TITLE = "advisoryTitle";
    public static final String ADVISORY_KIND = "advisoryKind";
    public static final String SEVERITY = "severity";
    public static final String CVE_IDS = "cveIds";
    public static final String AFFECTED = "affected";
    public static final String FIXED_IN = "fixedIn";
    /** Outcome of {@code Task_AssessAdvisory}: upgrade-recommended, workaround or not-affected. */
    public static final String ASSESSMENT = "assessment";
    public static final String ASSESSMENT_NOTE = "assessmentNote";

    private Vars() {
    }
  }

  public static String businessKey(long advisoryId) {
    return "ADV-" + advisoryId;
  }

  /** The start variables for one affected installation: what the assessment form shows. */
  public static Map<String, Object> startVariables(Advisory advisory, long noticeId, String customerId,
      String customerName, String cluster, String version) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.NOTICE_ID, noticeId);
    v.put(Vars.CUSTOMER_ID, customerId);
    v.put(Vars.CUSTOMER_NAME, customerName);
    v.put(Vars.CLUSTER, cluster);
    v.put(Vars.PRODUCT, advisory.product());
    v.put(Vars.VERSION, version);
    v.put(Vars.ADVISORY_TITLE, advisory.title());
    v.put(Vars.ADVISORY_KIND, advisory.kind());
    v.put(Vars.SEVERITY, advisory.severity());
    v.put(Vars.CVE_IDS, advisory.cveIds().isEmpty() ? "none" : String.join(", ", advisory.cveIds()));
    v.put(Vars.AFFECTED, String.join("; ", advisory.affected()));
    v.put(Vars.FIXED_IN, advisory.fixedIn());
    return v;
  }
}
