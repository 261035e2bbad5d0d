package com.computefolio.service;

import java.util.Map;

/**
 * Totals for one group.
 *
 * @param commitmentsMinor money the buyers committed (minor units)
 * @param inflowsMinor     money invested into the buyers (minor units)
 * @param kilowatts        total capacity
 * @param caveats          count of deals per caveat (UNDISCLOSED, UPPER_BOUND, ESTIMATE, ...)
 */
public record SummaryRow(String key, String label, int deals, long commitmentsMinor, long inflowsMinor,
                         long kilowatts, Map<String, Integer> caveats) {
    public SummaryRow {
        caveats = Map.copyOf(caveats);
    }
}
