package com.daocloud.support.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed password checks per source address: after {@code maxFailures} of them within {@code window},
 * the address is refused (429) before any further password is checked, until the oldest of them is
 * {@code window} old. Refusals check no password and so do not count: hammering cannot lengthen it.
 *
 * <p>This is what lets a stranger's wrong passwords cost the stranger, not the account they name: the
 * engine's own lock of that account is kept short (see {@link LoginLockSettings}). The counts live in
 * memory on each node, so a cluster of n nodes lets an address fail up to n times {@code maxFailures}
 * within the window, and a restart forgets them; that still bounds a single address.
 *
 * <p>An IPv6 address counts as its /64 network, which one subscriber usually holds whole. At most
 * {@code maxAddresses} addresses are tracked; beyond that (a flood from more addresses than that within
 * the window) new addresses go uncounted until old entries expire, so memory stays bounded.
 */
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final int maxAddresses;
  private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();
  private volatile long nextPurgeMillis;

  public LoginThrottle(Clock clock, int maxFailures, Duration window, int maxAddresses) {
    if (maxFailures < 1 || window.isNegative() || window.isZero() || maxAddresses < 1) {
      throw new IllegalArgumentException("The login throttle needs maxFailures >= 1, a positive window "
          + "and maxAddresses >= 1");
    }
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
    this.maxAddresses = maxAddresses;
  }

  /** The shared count of addresses that find the table full. */
  static final String OVERFLOW = "overflow";

  /** How long the address must wait before its next password is checked; empty when it may try now. */
  public Optional<Duration> refusal(String address) {
    Failures failures = byAddress.get(key(address));
    if (failures == null && byAddress.size() >= maxAddresses) {
      failures = byAddress.get(OVERFLOW);
    }
    return failures == null ? Optional.empty() : failures.refusal(clock.millis());
  }

  /** Counts one failed password check of the address. */
  public void failed(String address) {
    long now = clock.millis();
    String key = key(address);
    Failures failures = byAddress.get(key);
    if (failures == null) {
      if (byAddress.size() >= maxAddresses && !purge(now)) {
        // No room: addresses beyond the table share one count, so a flood from many addresses is throttled
        // as one instead of going uncounted.
        key = OVERFLOW;
      }
      failures = byAddress.computeIfAbsent(key, k -> new Failures());
    }
    failures.add(now);
  }

  /** Failed password checks of the address within the window (at most {@code maxFailures}). */
  public int recentFailures(String address) {
    Failures failures = byAddress.get(key(address));
    return failures == null ? 0 : failures.within(clock.millis());
  }

  public int maxFailures() {
    return maxFailures;
  }

  public Duration window() {
    return window;
  }

  /**
   * The key an address counts under: the address itself, an IPv6 address its /64 network. Only literal
   * addresses are parsed, so this never asks DNS.
   */
  static String key(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
      }
      return network.append(":/64").toString();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  /** Drops addresses whose failures have all left the window; false when there is still no room. */
  private boolean purge(long now) {
    if (now < nextPurgeMillis) {
      return false;
    }
    // A full scan (and a log line) at most once a second, so that a flood of new addresses cannot make
    // every request scan or log.
    nextPurgeMillis = now + 1000;
    byAddress.values().removeIf(failures -> failures.within(now) == 0);
    if (byAddress.size() < maxAddresses) {
      return true;
    }
    LOG.warn("Login throttle: {} source addresses failed within {}; further new addresses share one count (refused together at the limit)",
        byAddress.size(), window);
    return false;
  }

  /** The times of an address's last {@code maxFailures} failures, as a ring: when full, {@code next} is the oldest. */
  private final class Failures {

    private final long[] at = new long[maxFailures];
    private int next;
    private int count;

    synchronized void add(long now) {
      at[next] = now;
      next = (next + 1) % at.length;
      count = Math.min(count + 1, at.length);
    }

    synchronized Optional<Duration> refusal(long now) {
      if (count < at.length) {
        return Optional.empty();
      }
      long until = at[next] + window.toMillis();
      return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    synchronized int within(long now) {
      int recent = 0;
      for (int i = 0; i < count; i++) {
        if (at[i] + window.toMillis() > now) {
          recent++;
        }
      }
      return recent;
    }
  }
}
