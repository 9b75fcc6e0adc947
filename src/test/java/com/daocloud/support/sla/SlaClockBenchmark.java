package com.daocloud.support.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Throughput of 5x8 deadlines on one thread (goal: at least 1 million per second for response times up to
 * four business days). Not a test: surefire matches neither the name nor a test annotation. Run it with
 * {@code mvn -o -q test-compile} and then
 * {@code java -cp target/classes:target/test-classes com.daocloud.support.sla.SlaClockBenchmark [seconds]}.
 * The cn-2026 run reads the calendar with Jackson; to include it, add the test classpath:
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt} and
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) ...}.
 */
public final class SlaClockBenchmark {

    private static final int INPUTS = 1 << 16;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        slowestCase(seconds);
    }

    /**
     * Runs the three cases and answers the slowest one's deadlines per second (the benchmark,
     * docs/benchmark.md, reports it as {@code slaClock.deadlinesPerSecond}: the goal must hold for every
     * customer).
     */
    public static double slowestCase(double seconds) {
        double slowest = run("America/New_York / weekdays", ZoneId.of("America/New_York"),
                WorkingCalendar.weekdays(), seconds);
        try {
            slowest = Math.min(slowest, run("Asia/Shanghai / cn-2026", ZoneId.of("Asia/Shanghai"),
                    WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026), seconds));
        } catch (NoClassDefFoundError e) {
            System.out.println("Asia/Shanghai / cn-2026: skipped, Jackson is not on the classpath (see the class comment)");
        }
        return Math.min(slowest, run("Europe/Berlin / weekdays", ZoneId.of("Europe/Berlin"),
                WorkingCalendar.weekdays(), seconds));
    }

    private static double run(String label, ZoneId zone, WorkingCalendar calendar, double seconds) {
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();
        Instant[] reports = new Instant[INPUTS];
        ResponseTime[] responseTimes = new ResponseTime[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            reports[i] = Instant.ofEpochSecond(random.nextLong(from, to));
            // PT1H..PT36H and P1D..P4D, half each
            responseTimes[i] = random.nextBoolean()
                    ? ResponseTime.parse("PT" + random.nextInt(1, 37) + "H")
                    : ResponseTime.ofBusinessDays(random.nextInt(1, 5));
        }
        measure(reports, responseTimes, zone, calendar, 2.0);               // warm-up
        double perSecond = measure(reports, responseTimes, zone, calendar, seconds);
        System.out.printf("%-30s %,12.0f 5x8 deadlines/s on one thread (%.0f ns each)%n",
                label, perSecond, 1e9 / perSecond);
        return perSecond;
    }

    private static double measure(Instant[] reports, ResponseTime[] responseTimes, ZoneId zone,
                                  WorkingCalendar calendar, double seconds) {
        long sink = 0;
        long count = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int i = 0; i < INPUTS; i++) {
                sink += SlaClock.deadline(reports[i], responseTimes[i], Coverage.BUSINESS_HOURS, zone, calendar)
                        .deadline().toEpochSecond();
            }
            count += INPUTS;
            now = System.nanoTime();
        } while (now < deadline);
        if (sink == 42) {
            System.out.println("unlikely"); // keeps the results alive
        }
        return count / ((now - start) / 1e9);
    }
}
