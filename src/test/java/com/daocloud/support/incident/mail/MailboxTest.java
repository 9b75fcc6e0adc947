package com.daocloud.support.incident.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ops@acme.example", "first.last+updates@mail.acme.example", "o'brien@acme-corp.example",
      "x@a.io"})
  @DisplayName("Finding 7: ordinary mailboxes are accepted as themselves")
  void ordinaryMailboxes(String address) {
    assertThat(Mailbox.parse(address)).hasValueSatisfying(a -> assertThat(a.getAddress()).isEqualTo(address));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"g:attacker@evil.example,postmaster;", "g:;", "a@acme.example,b@acme.example",
      "Ops <ops@acme.example>", "<ops@acme.example>", "ops@acme.example (Ops)", "postmaster", "ops@localhost",
      "ops@[127.0.0.1]", "ops@-acme.example", "ops@acme.example.", "\"o p\"@acme.example", "ops..x@acme.example",
      "ü@acme.example", "ops@ü.example", "", " ops@acme.example"})
  @DisplayName("Finding 7: groups, lists, display names, route addresses and what SMTP refuses are no mailbox")
  void notOneMailbox(String address) {
    assertThat(Mailbox.isValid(address)).isFalse();
  }

  @Test
  @DisplayName("Finding 7: a local part over 64 characters or an address over 254 is no mailbox")
  void lengthLimits() {
    assertThat(Mailbox.isValid("a".repeat(64) + "@acme.example")).isTrue();
    assertThat(Mailbox.isValid("a".repeat(65) + "@acme.example")).isFalse();
    String host = "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(61) + "." + "e".repeat(61) + ".example";
    assertThat(Mailbox.isValid("a@" + host.substring(host.length() - 252))).isTrue();
    assertThat(Mailbox.isValid("ab@" + host.substring(host.length() - 252))).isFalse();
  }
}
