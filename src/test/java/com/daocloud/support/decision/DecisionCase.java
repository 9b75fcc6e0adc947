package com.daocloud.support.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One expected evaluation of a policy decision (docs/analysts.md, section 5): the inputs and the outputs of
 * the single matching rule. An expected output of {@code null} means the engine returns no value for it (the
 * table's cell is empty, so the output is absent from the result, which reads as null). No outputs at all
 * means that no rule matches.
 *
 * <p>The description names the policy rule and reads as a sentence; it is the test's display name.
 */
public record DecisionCase(String decisionKey, String description, Map<String, Object> inputs,
    Map<String, Object> outputs) {

  public DecisionCase {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  public boolean expectsNoMatch() {
    return outputs.isEmpty();
  }

  /**
   * The inputs as the {@code variables} of {@code POST /engine-rest/decision-definition/key/{key}/evaluate}:
   * name to {@code {value, type}}.
   */
  public Map<String, Map<String, Object>> restVariables() {
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    inputs.forEach((name, value) -> {
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("value", value);
      variable.put("type", restType(value));
      variables.put(name, variable);
    });
    return variables;
  }

  private static String restType(Object value) {
    if (value == null) {
      return "Null";
    }
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof String) {
      return "String";
    }
    throw new IllegalArgumentException("no REST type for " + value.getClass());
  }

  /** Alternating names and values, nulls allowed, in order. */
  static Map<String, Object> values(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must alternate");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  @Override
  public String toString() {
    return description;
  }
}
