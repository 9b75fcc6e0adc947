package com.daocloud.support.time;

import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.ResponseTime;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Times and durations as people read them (docs/communication.md, Times and durations): an instant as
 * "Mon 30 Nov 09:42 Shanghai time (in 44 min)" in the installation's zone, named by its city, with the
 * viewer's own clock beside it when it shows another time ("… (in 44 min; 02:42 your time)"); durations as
 * words ("1 hour", "2 hours 30 minutes", "2 business days"). English, or Simplified Chinese where the
 * customer reads Chinese; the words are in {@code messages/time*.properties}.
 *
 * <p>Pure: no clock reads, the caller passes "now" in. Texts that are stored (timeline entries, e-mails) use
 * {@link #at} without the relative part, which would be stale when read later.
 */
public final class HumanTimes {

  public static final String BUNDLE = "messages.time";
  public static final Locale ENGLISH = Locale.ROOT;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Set<String> UTC_IDS = Set.of("UTC", "Z", "GMT", "UT", "Etc/UTC", "Etc/GMT", "Etc/UCT",
      "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0");
  /** Chinese names of the cities whose zones customers run in; other cities keep their English name. */
  private static final Map<String, String> CHINESE_CITIES = Map.ofEntries(
      Map.entry("Shanghai", "上海"), Map.entry("Chongqing", "重庆"), Map.entry("Urumqi", "乌鲁木齐"),
      Map.entry("Hong Kong", "香港"), Map.entry("Macau", "澳门"), Map.entry("Taipei", "台北"),
      Map.entry("Singapore", "新加坡"), Map.entry("Tokyo", "东京"), Map.entry("Seoul", "首尔"),
      Map.entry("Berlin", "柏林"), Map.entry("London", "伦敦"), Map.entry("Paris", "巴黎"),
      Map.entry("New York", "纽约"), Map.entry("Los Angeles", "洛杉矶"), Map.entry("Kuala Lumpur", "吉隆坡"),
      Map.entry("Bangkok", "曼谷"), Map.entry("Jakarta", "雅加达"), Map.entry("Dubai", "迪拜"));

  private final ZoneId zone;
  private final Locale locale;
  private final ResourceBundle words;

  private HumanTimes(ZoneId zone, Locale locale) {
    this.zone = zone;
    this.locale = isChinese(locale) ? CHINESE : ENGLISH;
    this.words = ResourceBundle.getBundle(BUNDLE, this.locale, HumanTimes.class.getClassLoader(), NO_FALLBACK);
  }

  /** Times in {@code zone} (the installation's), words in {@code locale} (Chinese for zh, else English). */
  public static HumanTimes in(ZoneId zone, Locale locale) {
    return new HumanTimes(zone, locale == null ? ENGLISH : locale);
  }

  /** Times in {@code zone}, in English: what the timeline stores and the API returns. */
  public static HumanTimes in(ZoneId zone) {
    return in(zone, ENGLISH);
  }

  public ZoneId zone() {
    return zone;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The instant as a wall-clock time where the installation is, named by the zone's city: "Mon 30 Nov 09:42
   * Shanghai time"; the year only when it is not {@code now}'s. Null stays null.
   */
  public String at(Instant at, Instant now) {
    if (at == null) {
      return null;
    }
    ZonedDateTime local = at.atZone(zone);
    boolean sameYear = now == null || now.atZone(zone).getYear() == local.getYear();
    String time = pattern(sameYear ? "at.pattern" : "at.pattern.year").format(local);
    return isUtc(zone) ? text("at.zone.utc", time) : text("at.zone", time, city(zone, locale));
  }

  /** {@link #at} and how far it is from {@code now}: "Mon 30 Nov 09:42 Shanghai time (in 44 min)". */
  public String atFromNow(Instant at, Instant now) {
    return at == null ? null : text("at.relative", at(at, now), relative(at, now));
  }

  /**
   * The same, with the viewer's clock beside it when the viewer's zone shows another time at that instant:
   * "Mon 30 Nov 09:42 Shanghai time (in 44 min; 02:42 your time)", with the weekday when the viewer's date
   * differs ("Sun 20:42 your time").
   */
  public String atFromNow(Instant at, Instant now, ZoneId viewer) {
    if (at == null || viewer == null || sameClock(at, viewer)) {
      return atFromNow(at, now);
    }
    ZonedDateTime mine = at.atZone(viewer);
    boolean sameDate = mine.toLocalDate().equals(at.atZone(zone).toLocalDate());
    return text("at.relative.viewer", at(at, now), relative(at, now),
        pattern(sameDate ? "at.viewer.pattern" : "at.viewer.pattern.other-day").format(mine));
  }

  /** Whether the viewer's zone shows the same wall-clock time as the installation's at {@code at}. */
  public boolean sameClock(Instant at, ZoneId viewer) {
    return zone.getRules().getOffset(at).equals(viewer.getRules().getOffset(at));
  }

  /** "in 44 min", "in 3 hours", "44 min ago", "now" (within a minute either way); to the minute, rounded down. */
  public String relative(Instant at, Instant now) {
    Duration d = Duration.between(now, at);
    if (d.abs().compareTo(Duration.ofMinutes(1)) < 0) {
      return text("relative.now");
    }
    return text(d.isNegative() ? "relative.past" : "relative.future", span(d.abs()));
  }

  /** A span of time, short, to the minute: "44 min", "1 hour 5 min", "3 hours", "2 days 4 h". */
  public String span(Duration d) {
    long minutes = d.abs().toMinutes();
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    if (days > 0) {
      return hours == 0 ? text(days == 1 ? "span.day" : "span.days", days)
          : text(days == 1 ? "span.day-hours" : "span.days-hours", days, hours);
    }
    if (hours > 0) {
      return rest == 0 ? text(hours == 1 ? "span.hour" : "span.hours", hours)
          : text(hours == 1 ? "span.hour-minutes" : "span.hours-minutes", hours, rest);
    }
    return text("span.minutes", rest);
  }

  /** A duration as words: PT1H "1 hour", PT30M "30 minutes", PT2H30M "2 hours 30 minutes", PT48H "48 hours". */
  public String duration(Duration d) {
    Duration abs = d.abs();
    String words = null;
    words = join(words, abs.toDaysPart() == 0 ? null : unit("duration.day", abs.toDaysPart()));
    words = join(words, abs.toHoursPart() == 0 ? null : unit("duration.hour", abs.toHoursPart()));
    words = join(words, abs.toMinutesPart() == 0 ? null : unit("duration.minute", abs.toMinutesPart()));
    words = join(words, abs.toSecondsPart() == 0 ? null : unit("duration.second", abs.toSecondsPart()));
    return words == null ? unit("duration.minute", 0) : words;
  }

  /** An ISO-8601 duration or period as words: "PT30M" "30 minutes", "P7D" "7 days"; other text as it is. */
  public String duration(String iso) {
    if (iso == null) {
      return null;
    }
    String t = iso.trim();
    try {
      return t.contains("T") ? duration(Duration.parse(t)) : period(Period.parse(t));
    } catch (RuntimeException notIso) {
      return iso;
    }
  }

  /** A calendar period as words: P7D "7 days", P1M "1 month". */
  public String period(Period p) {
    String words = null;
    words = join(words, p.getYears() == 0 ? null : unit("duration.year", p.getYears()));
    words = join(words, p.getMonths() == 0 ? null : unit("duration.month", p.getMonths()));
    words = join(words, p.getDays() == 0 ? null : unit("duration.day", p.getDays()));
    return words == null ? unit("duration.day", 0) : words;
  }

  /**
   * A {@code response-sla} response time as words (RSP-1): {@code PnD} is "n business days" under 5x8 and
   * "n days" under 24x7; a coverage time is "1 hour", "30 minutes", "2 hours 30 minutes".
   */
  public String responseTime(ResponseTime time, Coverage coverage) {
    if (!time.isBusinessDays()) {
      return duration(Duration.parse(time.toString()));
    }
    return coverage == Coverage.BUSINESS_HOURS ? unit("duration.business-day", time.businessDays())
        : unit("duration.day", time.businessDays());
  }

  /** The same from the decision's strings ({@code "P2D"}, {@code "5x8"}); null for a missing response time. */
  public String responseTime(String responseTime, String coverage) {
    if (responseTime == null) {
      return null;
    }
    return responseTime(ResponseTime.parse(responseTime),
        coverage == null ? Coverage.ROUND_THE_CLOCK : Coverage.fromCode(coverage));
  }

  /** The coverage as an adjective: "around-the-clock", "business-hours". */
  public String coverage(Coverage coverage) {
    return text("coverage." + coverage.code());
  }

  /**
   * The city of an IANA zone as people name it: Asia/Shanghai "Shanghai" (上海), America/New_York "New York";
   * "UTC" for UTC and its aliases, "UTC+08:00" for a bare offset.
   */
  public static String city(ZoneId zone, Locale locale) {
    if (isUtc(zone)) {
      return "UTC";
    }
    if (zone instanceof ZoneOffset offset) {
      return "UTC" + offset.getId();
    }
    String id = zone.getId();
    String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    return isChinese(locale) ? CHINESE_CITIES.getOrDefault(city, city) : city;
  }

  private static boolean isUtc(ZoneId zone) {
    return UTC_IDS.contains(zone.getId()) || zone.equals(ZoneOffset.UTC);
  }

  private static boolean isChinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }

  /** The date-time pattern under {@code key}, in this locale's names of days and months. */
  public DateTimeFormatter pattern(String key) {
    return DateTimeFormatter.ofPattern(words.getString(key), locale == CHINESE ? CHINESE : Locale.ENGLISH);
  }

  private String unit(String key, long n) {
    return n == 1 ? text(key) : text(key + "s", n);
  }

  private String join(String words, String next) {
    if (next == null) {
      return words;
    }
    return words == null ? next : text("duration.join", words, next);
  }

  /** The template under {@code key} with its arguments as plain strings (no locale grouping of numbers). */
  public String text(String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(words.getString(key), locale).format(texts);
  }
}
