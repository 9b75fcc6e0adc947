package com.daocloud.support.api.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The messages of the request constraints: one per field, as clients of /api have always read them. */
class ConstraintsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  record Request(
      @Text(max = 5) String name,
      @Text(max = 5, required = false) String note,
      @OneOf({"b", "a"}) String code,
      @OneOf(value = {"x"}, required = false) String optionalCode,
      @TimeOfDay String opens,
      @TimeZoneId String zone,
      List<@IsoDate(required = true) String> days,
      @IsoDate String day) {
  }

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  @DisplayName("A valid request has no violations; optional fields may be absent or blank")
  void validRequest() {
    assertThat(violations(new Request("Li", " ", "a", null, "09:00", "Asia/Shanghai", List.of("2026-10-01"), "")))
        .isEmpty();
  }

  @Test
  @DisplayName("Absent required fields are \"is required\"; each field is named once")
  void absentFields() {
    assertThat(violations(new Request("  ", null, null, null, null, null, null, null))).containsExactly(
        Map.entry("code", "is required"), Map.entry("name", "is required"), Map.entry("opens", "is required"),
        Map.entry("zone", "is required"));
  }

  @Test
  @DisplayName("Invalid values say what is allowed, in the order declared, and quote what was sent without evaluating it")
  void invalidValues() {
    assertThat(violations(new Request("Li Lei!", "far too long", "c", "y", "9am", "${1+1}",
        List.of("2026-02-30", " "), "+999999999-01-01"))).containsExactly(
        Map.entry("code", "must be one of b, a"),
        Map.entry("day", "must be between 1970-01-01 and 9999-12-31, was +999999999-01-01"),
        Map.entry("days[0]", "must be a real date YYYY-MM-DD, was 2026-02-30"),
        Map.entry("days[1]", "must be a real date YYYY-MM-DD, was  "),
        Map.entry("name", "must be at most 5 characters"),
        Map.entry("note", "must be at most 5 characters"),
        Map.entry("opens", "must be a time HH:mm or HH:mm:ss, was 9am"),
        Map.entry("optionalCode", "must be one of x"),
        Map.entry("zone", "must be an IANA time zone such as Europe/Berlin, was ${1+1}"));
  }

  @Test
  @DisplayName("A time of day must be whole seconds")
  void wholeSeconds() {
    assertThat(violations(new Request("Li", null, "a", null, "09:00:00.5", "UTC", null, null)))
        .containsExactly(Map.entry("opens", "must be whole seconds, HH:mm or HH:mm:ss"));
  }

  private static List<Map.Entry<String, String>> violations(Request request) {
    Map<String, String> byField = new TreeMap<>();
    for (ConstraintViolation<Request> violation : VALIDATOR.validate(request)) {
      String field = violation.getPropertyPath().toString().replace(".<list element>", "");
      assertThat(byField.put(field, violation.getMessage())).as("a second message for " + field).isNull();
    }
    return List.copyOf(byField.entrySet());
  }
}
