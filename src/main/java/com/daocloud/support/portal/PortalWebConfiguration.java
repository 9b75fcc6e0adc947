package com.daocloud.support.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The support site's languages (docs/portal.md): English and Simplified Chinese, chosen from the browser's
 * {@code Accept-Language} until the visitor picks one with the switch ({@code ?lang=}), which a cookie keeps.
 * Everything outside {@code /portal} keeps Spring's usual choice (the request's own locale).
 */
@Configuration
class PortalWebConfiguration implements WebMvcConfigurer {

  static final String LANGUAGE_PARAMETER = "lang";
  static final String LANGUAGE_COOKIE = "portal-lang";
  /** The first is the default. */
  static final List<String> LANGUAGES = List.of("en", "zh-CN");

  /** The site's texts; the base file is English, so a visitor in any other language reads English. */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages/portal");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    return new Languages();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(LANGUAGE_PARAMETER);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/portal/**");
  }

  /** The cookie's language, else the browser's best match among {@link #LANGUAGES}, else English. */
  static final class Languages implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      // The container's decoded, normalised path, as the security chains match it (never the raw URI).
      if (!request.getServletPath().startsWith("/portal")) {
        return request.getLocale();
      }
      if (request.getAttribute(LANGUAGE_COOKIE) instanceof String chosen) {
        return Locale.forLanguageTag(chosen);
      }
      if (request.getCookies() != null) {
        for (Cookie cookie : request.getCookies()) {
          if (LANGUAGE_COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
          }
        }
      }
      return Locale.forLanguageTag(browserLanguage(request.getHeader("Accept-Language")));
    }

    /**
     * The first of the browser's languages, by weight, that the site speaks: {@code zh} and {@code zh-CN} are
     * Simplified Chinese, {@code en-GB} is English (a regional variant falls back to its language).
     */
    static String browserLanguage(String acceptLanguage) {
      try {
        List<Locale.LanguageRange> ranges = acceptLanguage == null ? List.of()
            : Locale.LanguageRange.parse(acceptLanguage);
        for (Locale.LanguageRange range : ranges) {
          String tag = range.getRange();
          String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
          for (String candidate : List.of(tag, language)) {
            List<String> matches = Locale.filterTags(Locale.LanguageRange.parse(candidate), LANGUAGES);
            if (!matches.isEmpty() && range.getWeight() > 0) {
              return matches.get(0);
            }
          }
        }
      } catch (IllegalArgumentException malformed) {
        // An unreadable header: the default language.
      }
      return LANGUAGES.get(0);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      String tag = locale == null ? null : locale.toLanguageTag();
      if (tag == null || !LANGUAGES.contains(tag) || response == null) {
        return;
      }
      Cookie cookie = new Cookie(LANGUAGE_COOKIE, tag);
      cookie.setPath(request.getContextPath() + "/portal");
      cookie.setHttpOnly(true);
      cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      // The page being rendered already speaks the new language.
      request.setAttribute(LANGUAGE_COOKIE, tag);
    }
  }
}
