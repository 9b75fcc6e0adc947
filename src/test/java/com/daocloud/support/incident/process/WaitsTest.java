package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WaitsTest {

  private static final Instant FROM = Instant.parse("2026-03-09T02:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("CLS-2, CLS-4: the customer reads how long it has to answer and until when, in words in the installation's time, in English and in Chinese")
  void waitInTheCustomersWords() {
    assertThat(Waits.describe("P1D", FROM, SHANGHAI).render()).isEqualTo("1 day, until Tue 10 Mar 10:00 Shanghai time");
    assertThat(Waits.describe("P7D", FROM, SHANGHAI).render()).isEqualTo("7 days, until Mon 16 Mar 10:00 Shanghai time");
    assertThat(Waits.describe("P1M", FROM, SHANGHAI).render()).isEqualTo("1 month, until Thu 9 Apr 10:00 Shanghai time");
    assertThat(Waits.describe("P7D", FROM, SHANGHAI).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("7 天，截至 3月16日（周一）10:00 上海时间");
  }
}
