package com.daocloud.support.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy rule ids (docs/policy.md: {@code L12-1}, {@code SCP-2}, {@code CLS-5} ...) out of the sentences people
 * read, into a note beside them. Timeline texts are stored with their rule ids in a parenthesis of their own
 * ("... instead (L12-1). Customer service ...") or at the end of one ("(countermeasure, CLS-5)"), which is the
 * record staff audit; readers (the API's timeline, the support site, Tasklist, e-mails) get the sentence
 * without them and the ids as {@code policy}. Texts stored before keep working: the split happens on reading.
 */
public final class PolicyNotes {

  /** A rule id: 2–4 capitals or digits, a dash, 1–2 digits; not part of "INC-2026-000042" or "CHG-2026-...". */
  private static final String ID = "(?<![A-Za-z0-9-])[A-Z][A-Z0-9]{1,3}-\\d{1,2}(?![\\d-])";
  private static final String SEP = "\\s*[,，、]\\s*";
  private static final Pattern RULE = Pattern.compile(ID);
  /** "(L12-1)", "（SCP-3、SCP-5）": a parenthesis of rule ids only, with the space before it. */
  private static final Pattern OWN_PARENTHESIS = Pattern.compile(
      "\\s*[(（]\\s*" + ID + "(?:" + SEP + ID + ")*\\s*[)）]");
  /** ", CLS-5" before the closing parenthesis of "(countermeasure, CLS-5)". */
  private static final Pattern TRAILING = Pattern.compile(SEP + ID + "(?:" + SEP + ID + ")*(?=\\s*[)）])");

  private PolicyNotes() {
  }

  /** A text for people and the rule ids taken out of it, in order of appearance, each once. */
  public record Noted(String text, List<String> policy) {
  }

  public static Noted split(String text) {
    if (text == null) {
      return new Noted(null, List.of());
    }
    Set<String> ids = new LinkedHashSet<>();
    String clean = remove(OWN_PARENTHESIS, text, ids);
    clean = remove(TRAILING, clean, ids);
    return new Noted(clean, List.copyOf(ids));
  }

  /** The text without rule ids. */
  public static String sentence(String text) {
    return split(text).text();
  }

  private static String remove(Pattern pattern, String text, Set<String> ids) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Matcher rule = RULE.matcher(m.group());
      while (rule.find()) {
        ids.add(rule.group());
      }
      m.appendReplacement(out, "");
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The ids as a note: "policy: L12-1, SCP-2"; empty for none. */
  public static String note(List<String> policy) {
    return policy.isEmpty() ? "" : "policy: " + String.join(", ", new ArrayList<>(policy));
  }
}
