package com.daocloud.support.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's offset transitions as flat arrays, so that the clock converts between local and epoch seconds
 * with a binary search instead of building a {@link ZonedDateTime} per window boundary (the 1 M
 * deadlines/s goal). It resolves local times exactly as {@link ZonedDateTime#ofLocal} does: a time in a gap
 * moves forward by the gap's length; a time in an overlap takes the earlier offset, or the later one on
 * request. Outside the tabulated range (before a historic irregularity, after 2200) it asks
 * {@link ZoneRules} directly. The cache only memoises immutable tz data; it holds no clock state.
 */
final class ZoneTable {

    private static final ConcurrentHashMap<ZoneId, ZoneTable> CACHE = new ConcurrentHashMap<>();

    /** 2200-01-01T00:00Z: rule-based transitions are tabulated up to here. */
    private static final long CUTOFF = 7_258_118_400L;
    private static final long TWO_DAYS = 172_800L;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final int count;
    private final long[] epoch;   // transition instants
    private final long[] lo;      // local second where the transition's gap or overlap begins
    private final long[] hi;      // local second where it ends (exclusive)
    private final int[] before;   // offset seconds before the transition
    private final int[] after;    // offset seconds after
    private final int fixedOffset; // offset when there are no transitions
    private final long instantStart;
    private final long instantEnd;
    private final long localStart;
    private final long localEnd;

    private ZoneTable(ZoneId zone, ZoneRules rules) {
        this.zone = zone;
        this.rules = rules;
        List<ZoneOffsetTransition> list = new ArrayList<>(rules.getTransitions());
        boolean bounded = !rules.getTransitionRules().isEmpty();
        if (bounded) {
            Instant from = list.isEmpty() ? Instant.parse("1900-01-01T00:00:00Z") : list.get(list.size() - 1).getInstant();
            ZoneOffsetTransition t = rules.nextTransition(from);
            while (t != null && t.toEpochSecond() < CUTOFF) {
                list.add(t);
                t = rules.nextTransition(t.getInstant());
            }
        }
        int n = list.size();
        long[] e = new long[n];
        long[] l = new long[n];
        long[] h = new long[n];
        int[] b = new int[n];
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            ZoneOffsetTransition t = list.get(i);
            e[i] = t.toEpochSecond();
            b[i] = t.getOffsetBefore().getTotalSeconds();
            a[i] = t.getOffsetAfter().getTotalSeconds();
            l[i] = e[i] + Math.min(b[i], a[i]);
            h[i] = e[i] + Math.max(b[i], a[i]);
        }
        // keep only the tail where gaps and overlaps follow each other in local time (always true lately)
        int first = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (h[i] > l[i + 1] || e[i] >= e[i + 1]) {
                first = i + 1;
            }
        }
        this.count = n - first;
        this.epoch = Arrays.copyOfRange(e, first, n);
        this.lo = Arrays.copyOfRange(l, first, n);
        this.hi = Arrays.copyOfRange(h, first, n);
        this.before = Arrays.copyOfRange(b, first, n);
        this.after = Arrays.copyOfRange(a, first, n);
        this.fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        this.instantStart = first > 0 ? epoch[0] : Long.MIN_VALUE;
        this.localStart = first > 0 ? hi[0] : Long.MIN_VALUE;
        this.instantEnd = bounded ? CUTOFF : Long.MAX_VALUE;
        this.localEnd = bounded ? CUTOFF - TWO_DAYS : Long.MAX_VALUE;
    }

    static ZoneTable of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        ZoneTable table = CACHE.get(zone);
        if (table == null || (table.rules != rules && !table.rules.equals(rules))) {
            table = new ZoneTable(zone, rules);
            CACHE.put(zone, table);
        }
        return table;
    }

    ZoneId zone() {
        return zone;
    }

    /** The offset in seconds at the instant {@code epochSecond}. */
    int offsetAt(long epochSecond) {
        if (epochSecond < instantStart || epochSecond >= instantEnd) {
            return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }
        if (count == 0) {
            return fixedOffset;
        }
        int k = upperBound(epoch, epochSecond);
        return k == 0 ? before[0] : after[k - 1];
    }

    ZoneOffset offsetObjectAt(long epochSecond) {
        return ZoneOffset.ofTotalSeconds(offsetAt(epochSecond));
    }

    /**
     * The instant of the local date-time {@code localSecond} (seconds since 1970-01-01T00:00 local), resolved
     * like {@link ZonedDateTime#ofLocal}; {@code laterAtOverlap} picks the second occurrence in an overlap.
     */
    long toEpochSecond(long localSecond, boolean laterAtOverlap) {
        if (localSecond < localStart || localSecond >= localEnd) {
            ZonedDateTime z = ZonedDateTime.ofLocal(
                    LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC), zone, null);
            return (laterAtOverlap ? z.withLaterOffsetAtOverlap() : z).toEpochSecond();
        }
        if (count == 0) {
            return localSecond - fixedOffset;
        }
        int k = upperBound(lo, localSecond);
        if (k == 0) {
            return localSecond - before[0];
        }
        int i = k - 1;
        if (localSecond < hi[i]) {
            // in a gap (after > before) java.time shifts by the gap: same as using the offset before
            boolean overlap = after[i] < before[i];
            return localSecond - (overlap && laterAtOverlap ? after[i] : before[i]);
        }
        return localSecond - after[i];
    }

    /** The number of elements of the sorted {@code a} that are {@code <= key}. */
    private int upperBound(long[] a, long key) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (a[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
