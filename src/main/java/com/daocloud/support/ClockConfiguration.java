package com.daocloud.support;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" for business code: services take the {@link Clock} and pass dates and
 * instants into pure rules, so that tests can fix time without touching the rules.
 */
@Configuration
public class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock systemClock() {
    return Clock.systemDefaultZone();
  }
}
