package com.daocloud.support.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@DisplayName("The support site's words for times, durations and languages")
class PortalFormatTest {

  private static final Locale ZH = Locale.forLanguageTag("zh-CN");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final PortalFormat format = new PortalFormat(new PortalWebConfiguration().messageSource());

  @Test
  @DisplayName("A time reads in the installation's zone, named by its city, in the visitor's language; the year only when it is not this one's")
  void timesNameTheirCity() {
    Instant now = Instant.parse("2026-11-30T00:00:00Z");
    assertThat(format.dateTime("2026-12-01T12:47:00+08:00", SHANGHAI, now, Locale.ENGLISH))
        .isEqualTo("Tue 1 Dec 12:47 Shanghai time");
    assertThat(format.dateTime("2026-12-01T12:47:00+08:00", SHANGHAI, now, ZH)).isEqualTo("12月1日（周二）12:47 上海时间");
    assertThat(format.dateTime("2026-11-01T01:30:00-04:00", ZoneId.of("America/New_York"), now, Locale.ENGLISH))
        .isEqualTo("Sun 1 Nov 01:30 New York time");
    assertThat(format.dateTime("2027-01-04T09:00:00Z", ZoneId.of("UTC"), now, Locale.ENGLISH))
        .isEqualTo("Mon 4 Jan 2027 09:00 UTC");
    assertThat(format.dateTime(null, SHANGHAI, now, Locale.ENGLISH)).isNull();
  }

  @Test
  @DisplayName("RSP-1 response times read in words: hours, business days under 5x8, days under 24x7")
  void responseTimes() {
    assertThat(format.responseTime("PT4H", "24x7", Locale.ENGLISH)).isEqualTo("4 hours");
    assertThat(format.responseTime("P2D", "5x8", Locale.ENGLISH)).isEqualTo("2 business days");
    assertThat(format.responseTime("P1D", "5x8", ZH)).isEqualTo("1 个工作日");
    assertThat(format.responseTime("PT90M", "5x8", Locale.ENGLISH)).isEqualTo("1 hour 30 minutes");
  }

  @Test
  @DisplayName("Time left counts down to the deadline and, past it, says by how much it is overdue")
  void timeLeft() {
    Instant due = Instant.parse("2026-12-01T04:47:00Z");
    assertThat(format.timeLeft(due, due.minus(Duration.ofMinutes(200)), Locale.ENGLISH)).isEqualTo("3 h 20 min left");
    assertThat(format.timeLeft(due, due.minus(Duration.ofHours(50)), Locale.ENGLISH)).isEqualTo("2 d 2 h left");
    assertThat(format.timeLeft(due, due.plus(Duration.ofMinutes(5)), Locale.ENGLISH)).isEqualTo("overdue by 5 min");
    assertThat(format.timeLeft(due, due.minus(Duration.ofMinutes(200)), ZH)).isEqualTo("剩余 3 小时 20 分钟");
  }

  @Test
  @DisplayName("The language is the browser's best match among English and Simplified Chinese, English otherwise")
  void browserLanguage() {
    assertThat(PortalWebConfiguration.Languages.browserLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo("zh-CN");
    assertThat(PortalWebConfiguration.Languages.browserLanguage("zh;q=0.9")).isEqualTo("zh-CN");
    assertThat(PortalWebConfiguration.Languages.browserLanguage("de-DE,de;q=0.9")).isEqualTo("en");
    assertThat(PortalWebConfiguration.Languages.browserLanguage("en-GB,zh-CN;q=0.5")).isEqualTo("en");
    assertThat(PortalWebConfiguration.Languages.browserLanguage(null)).isEqualTo("en");
    assertThat(PortalWebConfiguration.Languages.browserLanguage(";;;q=x")).isEqualTo("en");
  }

  @Test
  @DisplayName("Outside the site the request's own locale stands; a chosen language is kept in a cookie of the site's path")
  void theSwitchIsTheSitesOnly() {
    PortalWebConfiguration.Languages languages = new PortalWebConfiguration.Languages();
    // As the container gives them: the path within the application is the servlet path (DispatcherServlet at /).
    MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/incidents");
    api.setServletPath("/api/incidents");
    api.addPreferredLocale(Locale.GERMAN);
    assertThat(languages.resolveLocale(api)).isEqualTo(Locale.GERMAN);

    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/portal/incidents");
    page.setServletPath("/portal/incidents");
    MockHttpServletResponse response = new MockHttpServletResponse();
    languages.setLocale(page, response, ZH);
    assertThat(languages.resolveLocale(page)).isEqualTo(ZH);
    assertThat(response.getCookie("portal-lang").getValue()).isEqualTo("zh-CN");
    assertThat(response.getCookie("portal-lang").getPath()).isEqualTo("/portal");
    languages.setLocale(new MockHttpServletRequest(), response, Locale.FRENCH);
    assertThat(response.getCookies()).hasSize(1);
  }
}
