package com.daocloud.support.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@DisplayName("The support site's words for times, durations and languages")
class PortalFormatTest {

  private static final Locale ZH = Locale.forLanguageTag("zh-CN");
  private final PortalFormat format = new PortalFormat(new PortalWebConfiguration().messageSource());

  @Test
  @DisplayName("A time keeps the offset of the installation's zone and shows it, in the visitor's language")
  void timesShowTheirOffset() {
    assertThat(format.dateTime("2026-12-01T12:47:00+08:00", Locale.ENGLISH)).isEqualTo("Tue 2026-12-01 12:47 (UTC+08:00)");
    assertThat(format.dateTime("2026-12-01T12:47:00+08:00", ZH)).isEqualTo("周二 2026-12-01 12:47 (UTC+08:00)");
    assertThat(format.dateTime("2026-11-01T01:30:00-04:00", Locale.ENGLISH)).endsWith("(UTC-04:00)");
    assertThat(format.dateTime("2026-12-01T09:00:00Z", Locale.ENGLISH)).endsWith("(UTC+00:00)");
    assertThat(format.dateTime(null, Locale.ENGLISH)).isNull();
  }

  @Test
  @DisplayName("RSP-1 response times read as hours or business days")
  void responseTimes() {
    assertThat(format.responseTime("PT4H", Locale.ENGLISH)).isEqualTo("4 h");
    assertThat(format.responseTime("P2D", Locale.ENGLISH)).isEqualTo("2 business days");
    assertThat(format.responseTime("P1D", ZH)).isEqualTo("1 个工作日");
    assertThat(format.responseTime("PT90M", Locale.ENGLISH)).isEqualTo("1 h 30 min");
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
