package com.computefolio.service;

import com.computefolio.domain.ScheduleFlag;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts of deals per caveat for one series or row: each {@link ScheduleFlag} by name, plus
 * {@link #OTHER_CURRENCY} (money not in the timeline's currency, left out of the sums) and
 * {@link #NOT_LIVE} (cancelled or superseded, carrying no money). Counted in an int array so that
 * a large register does not allocate a map entry per deal.
 */
final class Caveats {

    static final String OTHER_CURRENCY = "OTHER_CURRENCY";
    static final String NOT_LIVE = "NOT_LIVE";

    private static final ScheduleFlag[] FLAGS = ScheduleFlag.values();
    private static final int OTHER_CURRENCY_SLOT = FLAGS.length;
    private static final int NOT_LIVE_SLOT = FLAGS.length + 1;

    private final int[] counts = new int[FLAGS.length + 2];

    void add(Set<ScheduleFlag> flags) {
        for (ScheduleFlag flag : flags) {
            counts[flag.ordinal()]++;
        }
    }

    /**
     * Counts the caveats set in {@code marks} ({@link DealAmounts}' bits: the flags by ordinal, then
     * OTHER_CURRENCY and NOT_LIVE, in the order of these counts).
     */
    void addMarks(int marks) {
        int bits = marks & DealAmounts.CAVEATS;
        while (bits != 0) {
            counts[Integer.numberOfTrailingZeros(bits)]++;
            bits &= bits - 1;
        }
    }

    void addOtherCurrency() {
        counts[OTHER_CURRENCY_SLOT]++;
    }

    void addAll(Caveats other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** Only the caveats that occur; an empty map when none do. */
    Map<String, Integer> toMap() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                map.put(nameOf(i), counts[i]);
            }
        }
        return map;
    }

    private static String nameOf(int slot) {
        if (slot == OTHER_CURRENCY_SLOT) {
            return OTHER_CURRENCY;
        }
        if (slot == NOT_LIVE_SLOT) {
            return NOT_LIVE;
        }
        return FLAGS[slot].name();
    }
}
