package com.computefolio.service;

import java.util.List;

/**
 * One group's values on a timeline, one per period, in minor units (money) or kilowatts (capacity).
 *
 * @param key        stable key of the group (party id, enum name, ...)
 * @param label      display label (party name, ...)
 * @param values     one value per period of the timeline
 * @param dealIds    the deals that contribute to this series
 * @param caveats    how many contributing deals carry each caveat (e.g. "UPPER_BOUND" -> 2)
 */
public record TimelineSeries(String key, String label, List<Long> values, List<String> dealIds,
                             java.util.Map<String, Integer> caveats) {
    public TimelineSeries {
        values = List.copyOf(values);
        dealIds = List.copyOf(dealIds);
        caveats = java.util.Map.copyOf(caveats);
    }

    /** The sum of the values (of money; see {@link #total(boolean)}). */
    public long total() {
        return total(false);
    }

    /**
     * The sum of the values, checked. Meaningless for a cumulative series (use its last value).
     *
     * @throws com.computefolio.domain.TotalTooLargeException if it does not fit in a long
     */
    public long total(boolean capacity) {
        long sum = 0;
        for (long v : values) {
            sum = com.computefolio.domain.ExactSums.add(sum, v, capacity);
        }
        return sum;
    }
}
