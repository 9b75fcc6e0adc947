package com.daocloud.support.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads repeat one operation for a fixed time, each starting the next
 * call when its previous one answered (like users or tools waiting for the answer).
 */
final class Load {

  /** One call; true if it succeeded. */
  @FunctionalInterface
  interface Operation {
    boolean call(int client, long sequence) throws Exception;
  }

  /** What a run measured: successes, failures, time, latencies of the successes (ms). */
  record Result(int clients, long ok, long failed, double seconds, double[] latenciesMs, String firstError) {

    double perSecond() {
      return ok / seconds;
    }

    double percentile(double p) {
      return Stats.percentile(latenciesMs, p);
    }

    @Override
    public String toString() {
      return String.format("%3d clients: %,8.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d ok, %d failed)",
          clients, perSecond(), percentile(50), percentile(95), percentile(99), ok, failed);
    }
  }

  /** Thrown by an operation to end its client early (a fixed amount of work is done). */
  static final class Stop extends RuntimeException {
    Stop() {
      super("done", null, false, false);
    }
  }

  private Load() {
  }

  static Result run(int clients, Duration duration, Operation operation) throws InterruptedException {
    AtomicLong sequence = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<List<Double>> latencies = new ArrayList<>();
    String[] firstError = new String[1];
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<Double> own = new ArrayList<>();
      latencies.add(own);
      int client = c;
      Thread thread = new Thread(() -> {
        try {
          while (System.nanoTime() < end) {
            long before = System.nanoTime();
            boolean ok;
            try {
              ok = operation.call(client, sequence.getAndIncrement());
            } catch (Stop stop) {
              break;
            } catch (Exception e) {
              ok = false;
              synchronized (firstError) {
                if (firstError[0] == null) {
                  firstError[0] = e.toString();
                }
              }
            }
            long after = System.nanoTime();
            if (ok) {
              own.add((after - before) / 1e6);
            } else {
              failed.incrementAndGet();
            }
          }
        } finally {
          done.countDown();
        }
      }, "bench-client-" + c);
      threads.add(thread);
      thread.start();
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] all = latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    return new Result(clients, all.length, failed.get(), seconds, all, firstError[0]);
  }
}
