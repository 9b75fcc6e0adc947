package com.daocloud.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The times that forms show from process variables, as people read them in the customer's zone. */
class CustomerTimesTest {

  private static final Instant NOW = Instant.parse("2026-11-30T00:58:00Z");

  /** acme runs in Shanghai, its cluster edge-1 in Berlin; no other customer is known. */
  private final CustomerTimes times = new CustomerTimes(new KnownCustomers(new CustomerProfile("acme", "Acme",
      "professional", ZoneId.of("Asia/Shanghai"), "cn", List.of(), null,
      Map.of("edge-1", new CustomerProfile.Site(ZoneId.of("Europe/Berlin"), null)))));

  @BeforeEach
  void engineClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("A process's ISO instant reads as weekday, date and time in the customer's zone, named by its city")
  void isoInstantInTheCustomersZone() {
    assertThat(times.at("acme", "2026-11-30T01:42:00Z")).isEqualTo("Mon 30 Nov 09:42 Shanghai time");
    assertThat(times.at("acme", "2026-11-30T09:42:00+08:00")).isEqualTo("Mon 30 Nov 09:42 Shanghai time");
  }

  @Test
  @DisplayName("A date the engine hands over reads the same, with the year when it is not the engine clock's")
  void dateInTheCustomersZone() {
    assertThat(times.at("acme", Date.from(Instant.parse("2026-11-30T01:42:00Z"))))
        .isEqualTo("Mon 30 Nov 09:42 Shanghai time");
    assertThat(times.at("acme", Date.from(Instant.parse("2027-01-04T02:00:00Z"))))
        .isEqualTo("Mon 4 Jan 2027 10:00 Shanghai time");
  }

  @Test
  @DisplayName("RSP-2: for a cluster that runs elsewhere the time reads in the cluster's zone, else in the customer's")
  void clusterZone() {
    assertThat(times.atCluster("acme", "edge-1", "2026-11-30T01:42:00Z")).isEqualTo("Mon 30 Nov 02:42 Berlin time");
    assertThat(times.atCluster("acme", "prod-1", "2026-11-30T01:42:00Z"))
        .isEqualTo("Mon 30 Nov 09:42 Shanghai time");
  }

  @Test
  @DisplayName("For an unknown or missing customer the time reads in UTC")
  void unknownCustomerInUtc() {
    assertThat(times.at("nobody", "2026-11-30T01:42:00Z")).isEqualTo("Mon 30 Nov 01:42 UTC");
    assertThat(times.at(null, "2026-11-30T01:42:00Z")).isEqualTo("Mon 30 Nov 01:42 UTC");
    assertThat(times.atCluster("nobody", "edge-1", "2026-11-30T01:42:00Z")).isEqualTo("Mon 30 Nov 01:42 UTC");
  }

  @Test
  @DisplayName("No time stays no time, and a value that is no instant is shown as it was given")
  void nullAndGarbage() {
    assertThat(times.at("acme", null)).isNull();
    assertThat(times.at("acme", "next Tuesday")).isEqualTo("next Tuesday");
    assertThat(times.at("acme", "2026-11-30T09:42")).as("no offset: no instant").isEqualTo("2026-11-30T09:42");
    assertThat(times.at("acme", 42L)).isEqualTo("42");
  }
}
