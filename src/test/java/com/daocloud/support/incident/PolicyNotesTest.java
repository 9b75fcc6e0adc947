package com.daocloud.support.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule ids out of the sentences people read, into a note beside them. */
class PolicyNotesTest {

  @Test
  @DisplayName("L12-1: a rule id in a parenthesis of its own leaves the sentence and becomes the note")
  void ownParenthesis() {
    PolicyNotes.Noted noted = PolicyNotes.split("This Level 1 incident needs access, or on-site access instead "
        + "(L12-1). Customer service will call you.");

    assertThat(noted.text()).isEqualTo("This Level 1 incident needs access, or on-site access instead. "
        + "Customer service will call you.");
    assertThat(noted.policy()).containsExactly("L12-1");
    assertThat(PolicyNotes.note(noted.policy())).isEqualTo("policy: L12-1");
  }

  @Test
  @DisplayName("CLS-5, SCP-1, LC-5: ids at the end of a parenthesis go, its words stay; Chinese parentheses too")
  void trailingAndChinese() {
    assertThat(PolicyNotes.split("Proposed resolution (countermeasure, CLS-5): restart").text())
        .isEqualTo("Proposed resolution (countermeasure): restart");
    PolicyNotes.Noted many = PolicyNotes.split("modified without authorisation (SCP-1, LC-5); refused (SCP-3)");
    assertThat(many.text()).isEqualTo("modified without authorisation; refused");
    assertThat(many.policy()).containsExactly("SCP-1", "LC-5", "SCP-3");
    assertThat(PolicyNotes.split("所请求的服务会带来安全风险，因此不予提供（SCP-3、SCP-5）。").text())
        .isEqualTo("所请求的服务会带来安全风险，因此不予提供。");
  }

  @Test
  @DisplayName("Incident and change numbers, versions and times are not rule ids")
  void numbersStay() {
    String text = "Planned as CHG-2026-000007 for INC-2026-000042 (DCE 5.0.7, UTC+08:00).";
    assertThat(PolicyNotes.split(text).text()).isEqualTo(text);
    assertThat(PolicyNotes.split(text).policy()).isEmpty();
  }
}
