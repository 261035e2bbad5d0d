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

    public long total() {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
