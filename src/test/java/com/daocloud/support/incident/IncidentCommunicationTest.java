package com.daocloud.support.incident;

import com.daocloud.support.entitlement.EntitlementStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.mail.IncidentMails;
import com.daocloud.support.incident.process.CloseIncidentDelegate;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The customer-communication policy (docs/communication.md): one table, its templates and their translation. */
class IncidentCommunicationTest {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final Path DOC = Path.of("docs", "communication.md");
  private static final String TABLE_START = "<!-- communication-table:start -->";
  private static final String TABLE_END = "<!-- communication-table:end -->";

  @Test
  @DisplayName("Every timeline event states whether the customer sees it and whether it is e-mailed; the table is pinned")
  void policyTableIsPinned() {
    // Given the policy as agreed: staff-only nudges stay internal, and only the steps that ask or tell the
    // customer something it must act on (or the end) reach subscribers by e-mail; for Level 1 and 2 also the
    // access request and its consequences (L12-1, L12-2) and every hourly status (L12-4).
    List<String> agreed = List.of(
        "reported sees", "classified sees", "entitlement sees", "response-due sees",
        "critical-event sees", "access-requested sees emailed",
        "access-granted sees", "access-refused sees emailed", "access-missing sees emailed",
        "reclassified sees emailed", "contacted sees", "extended-maintenance sees emailed", "best-effort sees emailed",
        "on-site-dispatched sees", "on-site-arrived sees",
        "status-update sees emailed", "status-update-chased staff-only", "response-warning staff-only",
        "response-breached sees", "response-breach-handled staff-only",
        "suggestion-answered sees emailed", "out-of-scope sees emailed",
        "fees-agreed sees emailed", "fees-not-agreed sees emailed", "service-declined sees emailed",
        "third-party sees emailed", "third-party-removal sees", "support-level sees emailed",
        "virus-assistance sees emailed", "information-requested sees emailed", "information-provided sees emailed",
        "solution-proposed sees emailed", "solution-rejected sees emailed", "solution-accepted sees",
        "change-request sees", "closed sees emailed");

    // Then the code's table says exactly that, for every event and no other
    assertThat(Arrays.stream(TimelineEvent.values()).map(e -> e.code() + (e.customerSees() ? " sees" : " staff-only")
        + (e.emailed() ? " emailed" : ""))).containsExactlyElementsOf(agreed);
    assertThat(Arrays.stream(TimelineEvent.values()).filter(e -> e.emailed() && !e.customerSees()))
        .as("an e-mail tells the customer what its timeline hides").isEmpty();
  }

  @Test
  @DisplayName("Each bundle holds every template the events and the e-mails use, and no template nobody uses")
  void bundlesHoldEveryKey() throws IOException {
    Set<String> used = usedKeys();
    for (String file : List.of("messages/incident.properties", "messages/incident_zh_CN.properties")) {
      assertThat(new TreeSet<>(ownKeys(file))).as("keys of " + file).containsExactlyElementsOf(used);
    }
    assertThat(IncidentMessages.bundle(CHINESE).getLocale()).isEqualTo(CHINESE);
  }

  @Test
  @DisplayName("zh-CN: every template renders in Simplified Chinese and uses every placeholder of the English one")
  void chineseTemplatesUseEveryPlaceholder() {
    for (String key : usedKeys()) {
      String english = IncidentMessages.bundle(IncidentMessages.DEFAULT).getString(key);
      String chinese = IncidentMessages.bundle(CHINESE).getString(key);
      int arguments = new MessageFormat(english).getFormatsByArgumentIndex().length;
      Object[] markers = IntStream.range(0, arguments).mapToObj(i -> "<arg" + i + ">").toArray();

      String rendered = IncidentMessages.render(CHINESE, key, markers);

      assertThat(new MessageFormat(chinese).getFormatsByArgumentIndex()).as(key + " placeholders").hasSize(arguments);
      String inEnglish = IncidentMessages.render(key, markers);
      for (Object marker : markers) {
        assertThat(rendered.contains((String) marker)).as(key + " uses " + marker + " as the English does")
            .isEqualTo(inEnglish.contains((String) marker));
      }
      String words = rendered.replaceAll("<arg\\d+>", "");
      if (words.chars().anyMatch(Character::isLetter)) {
        assertThat(words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .as(key + " is translated: " + rendered).isTrue();
      }
    }
  }

  @Test
  @DisplayName("The stored timeline text is English whatever the JVM's locale, and composed messages render in one language")
  void timelineTextIsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(CHINESE);
      Message verdict = Message.of(TimelineEvent.SUGGESTION_ANSWERED.key("accepted"));
      assertThat(Message.of(TimelineEvent.SUGGESTION_ANSWERED.key(), verdict, "works").render())
          .isEqualTo("Suggestion accepted: works");
      assertThat(Message.of(TimelineEvent.SUGGESTION_ANSWERED.key(), verdict, "works").render(CHINESE))
          .isEqualTo("建议已被接受：works");
      assertThat(IncidentMessages.render(TimelineEvent.ON_SITE_ARRIVED.key(), 12345)).contains("12345");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("L12-7: the e-mail update's subject and body keep their words, rule ids in a note under the text")
  void mailWords() {
    assertThat(IncidentMails.subject("INC-2026-000001", "Fees agreed")).isEqualTo("[INC-2026-000001] Fees agreed");
    assertThat(IncidentMails.body("INC-2026-000001", "Fees agreed", "Text.")).isEqualTo("""
        Incident INC-2026-000001: Fees agreed

        Text.

        You can look up the incident at any time: GET /api/incidents/INC-2026-000001
        You receive these updates because you asked for them; PUT /api/incidents/INC-2026-000001/subscription \
        with {"enabled": false} stops them.
        """);
    // The rule ids of a text leave its sentence for a note under it
    assertThat(IncidentMails.body("INC-2026-000001", "No access", "Access was refused on the phone (L12-1)."))
        .contains("\n\nAccess was refused on the phone.\n(policy: L12-1)\n\n");
  }

  @Test
  @DisplayName("An event the code does not know, or a text variant an event does not declare, is never shown or used")
  void unknownEventsStayWithStaff() {
    assertThat(TimelineEvent.customerSees("response-warning")).isFalse();
    assertThat(TimelineEvent.customerSees("no-such-event")).isFalse();
    assertThat(TimelineEvent.customerSees("closed")).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimelineEvent.FEES_AGREED.key("no-comment"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("docs/communication.md shows the code's table and the English templates as they are")
  void documentedTableMatchesCode() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf(TABLE_START);
    int end = doc.indexOf(TABLE_END);
    assertThat(start).as(DOC + " has " + TABLE_START).isNotNegative();
    assertThat(end).as(DOC + " has " + TABLE_END).isGreaterThan(start);

    assertThat(doc.substring(start + TABLE_START.length(), end).strip())
        .as("regenerate the table in " + DOC + " from this test's expectation").isEqualTo(table());
  }

  /** The documentation's table, generated from the code's table and the English bundle. */
  static String table() {
    ResourceBundle english = IncidentMessages.bundle(IncidentMessages.DEFAULT);
    StringBuilder table = new StringBuilder("| Event | Customer sees | E-mailed | English template(s) |\n"
        + "|---|---|---|---|\n");
    for (TimelineEvent event : TimelineEvent.values()) {
      String templates = event.keys().stream()
          .map(key -> (key.equals(event.key()) ? "" : "*" + key.substring(event.key().length() + 1) + ":* ")
              + "`" + english.getString(key).replace("\n", "⏎").replace("|", "\\|") + "`")
          .collect(Collectors.joining("<br>"));
      table.append("| `").append(event.code()).append("` | ").append(event.customerSees() ? "yes" : "no (staff only)")
          .append(" | ").append(event.emailed() ? "yes" : "no").append(" | ").append(templates).append(" |\n");
    }
    return table.toString().strip();
  }

  private static Set<String> usedKeys() {
    Set<String> keys = new TreeSet<>(List.of("mail.subject", "mail.body", "mail.policy", "wait.day", "wait.days",
        "wait.period"));
    SupportScope.REASONS.forEach(reason -> keys.add(SupportScope.REASON_KEY_PREFIX + reason));
    keys.addAll(AccessAnswer.BY_KEYS);
    Arrays.stream(TimelineEvent.values()).forEach(e -> keys.addAll(e.keys()));
    IncidentStatus.CLOSURE_CODES.forEach(code -> keys.add(CloseIncidentDelegate.noteKey(code)));
    keys.add(CloseIncidentDelegate.noteKey(IncidentStatus.CLOSED_DECLINED, EntitlementStatus.BEST_EFFORT.code()));
    keys.addAll(ClosureAnswer.keys());
    return keys;
  }

  /** The keys a bundle's own file defines, not those it would inherit from the English one. */
  private static Set<String> ownKeys(String file) throws IOException {
    Properties properties = new Properties();
    try (var in = IncidentCommunicationTest.class.getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames();
  }
}
