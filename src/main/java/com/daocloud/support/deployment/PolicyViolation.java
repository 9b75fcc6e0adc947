package com.daocloud.support.deployment;

/**
 * One way a candidate decision breaks the policy.
 *
 * @param decisionKey the decision's key
 * @param rule        the broken rule as people look it up: a rule id of docs/policy.md (e.g. {@code RSP-1})
 *                    and/or where the fixed names are written (docs/analysts.md)
 * @param detail      what is wrong, in the analyst's terms (levels, tiers, input values)
 */
public record PolicyViolation(String decisionKey, String rule, String detail) {

  @Override
  public String toString() {
    return rule + ": " + decisionKey + ": " + detail;
  }
}
