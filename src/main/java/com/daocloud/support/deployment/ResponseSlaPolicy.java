package com.daocloud.support.deployment;

import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.ResponseTime;
import com.daocloud.support.sla.ServiceTiers;
import com.daocloud.support.sla.WorkingCalendar;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.HitPolicy;

/**
 * RSP-1 for {@code response-sla}:
 * <ul>
 *   <li>every level 1..5 × tier standard/premium/professional is answered by exactly one rule, and
 *       the hit policy is UNIQUE, so the engine itself refuses an overlap at run time too;</li>
 *   <li>levels 1..4 have a response time the SLA clock understands and coverage 24x7 or 5x8, and
 *       Level 1 is always 24x7;</li>
 *   <li>for the same level, professional is no slower than premium, and premium no slower than
 *       standard: compared in coverage time as the SLA clock counts it ({@code PTnH} = n h;
 *       {@code PnD} = n business days of 9 h under 5x8, n × 24 h under 24x7), and the faster tier's
 *       coverage is not narrower (5x8 where the slower tier has 24x7 is slower in real time);</li>
 *   <li>channels are taken from {@code customer-service,phone,remote,on-site}, in that order.</li>
 * </ul>
 */
final class ResponseSlaPolicy implements PolicyGate.DecisionPolicy {

  static final String RULE = "RSP-1";
  static final String LEVEL = "level";
  static final String SERVICE_TIER = "serviceTier";
  static final String RESPONSE_TIME = "responseTime";
  static final String COVERAGE = "coverage";
  static final String CHANNELS = "channels";
  static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);
  /** Level 5 (suggestions) has no response time. */
  static final int LAST_TIMED_LEVEL = 4;
  static final List<String> CHANNEL_ORDER = List.of("customer-service", "phone", "remote", "on-site");

  @Override
  public void check(CandidateDecision decision) {
    if (decision.hitPolicy() != HitPolicy.UNIQUE) {
      decision.refuse(RULE, "hit policy is " + decision.hitPolicy() + "; it must be UNIQUE, so "
          + "that no level and tier can be answered by two rules");
    }
    for (int level : LEVELS) {
      Map<String, Terms> byTier = new LinkedHashMap<>();
      for (String tier : ServiceTiers.ALL) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(LEVEL, level);
        inputs.put(SERVICE_TIER, tier);
        CandidateDecision.Answer answer = decision.evaluate(inputs);
        String where = "level " + level + " × " + tier;
        if (answer.problem() != null) {
          decision.refuse(RULE, where + ": " + answer.problem());
          continue;
        }
        Map<String, Object> outputs = answer.single();
        checkChannels(decision, where, outputs.get(CHANNELS));
        if (level <= LAST_TIMED_LEVEL) {
          Terms terms = terms(decision, where, outputs);
          if (terms != null) {
            byTier.put(tier, terms);
            if (level == 1 && terms.coverage() != Coverage.ROUND_THE_CLOCK) {
              decision.refuse(RULE, where + ": coverage is " + terms.coverage()
                  + "; Level 1 is always 24x7");
            }
          }
        }
      }
      checkOrder(decision, level, byTier);
    }
  }

  /** Each tier no slower than the tier below it: professional ≤ premium ≤ standard. */
  private static void checkOrder(CandidateDecision decision, int level, Map<String, Terms> byTier) {
    List<String> tiers = List.of(ServiceTiers.PROFESSIONAL, ServiceTiers.PREMIUM, ServiceTiers.STANDARD);
    for (int i = 0; i + 1 < tiers.size(); i++) {
      String faster = tiers.get(i);
      String slower = tiers.get(i + 1);
      Terms fast = byTier.get(faster);
      Terms slow = byTier.get(slower);
      if (fast == null || slow == null) {
        continue;
      }
      String where = "level " + level + ": " + faster + " " + fast + " is slower than " + slower
          + " " + slow;
      if (fast.coverageTime().compareTo(slow.coverageTime()) > 0) {
        decision.refuse(RULE, where + " (" + hours(fast.coverageTime()) + " > "
            + hours(slow.coverageTime()) + " of coverage time); " + faster
            + " must be no slower than " + slower);
      } else if (fast.coverage() == Coverage.BUSINESS_HOURS
          && slow.coverage() == Coverage.ROUND_THE_CLOCK) {
        decision.refuse(RULE, where + " (5x8 coverage is narrower than 24x7); " + faster
            + " must be no slower than " + slower);
      }
    }
  }

  private static Terms terms(CandidateDecision decision, String where, Map<String, Object> outputs) {
    Object time = outputs.get(RESPONSE_TIME);
    Object coverage = outputs.get(COVERAGE);
    ResponseTime responseTime;
    Coverage parsedCoverage;
    try {
      responseTime = ResponseTime.parse(time == null ? null : time.toString());
    } catch (IllegalArgumentException e) {
      decision.refuse(RULE, where + ": responseTime '" + time + "' is not one the SLA clock can "
          + "count (PTnH, PTnM or PnD)");
      return null;
    }
    try {
      parsedCoverage = Coverage.fromCode(coverage == null ? null : coverage.toString());
    } catch (IllegalArgumentException e) {
      decision.refuse(RULE, where + ": coverage '" + coverage + "' must be 24x7 or 5x8");
      return null;
    }
    return new Terms(responseTime, parsedCoverage);
  }

  private static void checkChannels(CandidateDecision decision, String where, Object channels) {
    if (channels == null || channels.toString().isBlank()) {
      decision.refuse(RULE, where + ": channels are missing");
      return;
    }
    int previous = -1;
    for (String channel : channels.toString().split(",", -1)) {
      int index = CHANNEL_ORDER.indexOf(channel.trim());
      if (index <= previous) {
        decision.refuse(RULE, where + ": channels '" + channels + "' must be taken from "
            + String.join(",", CHANNEL_ORDER) + ", in that order");
        return;
      }
      previous = index;
    }
  }

  private static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
  }

  /** A level's response terms for one tier, with the coverage time the SLA clock counts. */
  private record Terms(ResponseTime responseTime, Coverage coverage) {

    Duration coverageTime() {
      // The default calendar's window (09:00-18:00) is the business day: P1D = 9 h under 5x8.
      return responseTime.coverageTime(coverage, WorkingCalendar.weekdays());
    }

    @Override
    public String toString() {
      return responseTime + " " + coverage;
    }
  }
}
