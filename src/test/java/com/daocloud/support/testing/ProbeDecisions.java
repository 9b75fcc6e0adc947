package com.daocloud.support.testing;

/** The smallest decision table that deploys (FEEL only, a history time to live), for deployment tests. */
public final class ProbeDecisions {

  private ProbeDecisions() {
  }

  /** A DMN file holding one decision table with id {@code key}. */
  public static String table(String key) {
    return "<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"" + key + "-definitions\" name=\"c\""
        + " namespace=\"x\"><decision id=\"" + key + "\" name=\"c\" camunda:historyTimeToLive=\"P1D\">"
        + "<decisionTable id=\"t\"><input id=\"i\"><inputExpression id=\"e\" typeRef=\"string\">"
        + "<text>a</text></inputExpression></input><output id=\"o\" name=\"b\" typeRef=\"string\"/>"
        + "<rule id=\"r\"><inputEntry id=\"ie\"><text>-</text></inputEntry><outputEntry id=\"oe\">"
        + "<text>\"x\"</text></outputEntry></rule></decisionTable></decision></definitions>";
  }
}
