package com.computefolio.ui.deals;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the status bar sums under the current filter. Money is kept per currency (never converted);
 * cancelled and superseded deals are counted but add no money or capacity, as on the timeline.
 *
 * @param commitments minor units per currency of live COMMITMENT deals
 * @param inflows     minor units per currency of live INFLOW deals
 * @param kilowatts   capacity of live deals
 */
public record DealTotals(int deals, Map<String, Long> commitments, Map<String, Long> inflows, long kilowatts) {
    public static final DealTotals NONE = new DealTotals(0, Map.of(), Map.of(), 0);

    public DealTotals {
        commitments = Map.copyOf(commitments);
        inflows = Map.copyOf(inflows);
    }

    /** Adds up totals one row at a time. */
    static final class Builder {
        private int deals;
        private final Map<String, Long> commitments = new TreeMap<>();
        private final Map<String, Long> inflows = new TreeMap<>();
        private long kilowatts;

        void add(DealRow row) {
            deals++;
            if (!row.status().isLive()) {
                return;
            }
            if (row.headlineMinor() >= 0) {
                String currency = com.computefolio.domain.HeadlineTotal.currency(row.revision());
                Map<String, Long> target = row.deal().direction() == com.computefolio.domain.MoneyDirection.INFLOW ? inflows : commitments;
                target.merge(currency, row.headlineMinor(), Math::addExact);
            }
            if (row.kilowatts() > 0) {
                kilowatts = Math.addExact(kilowatts, row.kilowatts());
            }
        }

        DealTotals build() {
            return new DealTotals(deals, commitments, inflows, kilowatts);
        }
    }
}
