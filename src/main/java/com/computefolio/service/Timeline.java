package com.computefolio.service;

import com.computefolio.domain.ExactSums;
import java.time.YearMonth;
import java.util.List;

/**
 * The computed answer to a {@link TimelineQuery}: periods and one series per group. Immutable; the
 * table, the on-screen chart, the CLI and every exporter read this same value.
 *
 * @param currency          the currency of money values (null for capacity)
 * @param undisclosedDealIds deals that matched the filter but carry no money (shown as flagged, not summed)
 */
public record Timeline(TimelineQuery query, List<YearMonth> periodStarts, List<String> periodLabels,
                       List<TimelineSeries> series, String currency, List<String> undisclosedDealIds) {
    public Timeline {
        periodStarts = List.copyOf(periodStarts);
        periodLabels = List.copyOf(periodLabels);
        series = List.copyOf(series);
        undisclosedDealIds = List.copyOf(undisclosedDealIds);
    }

    /**
     * The sum of every series (their last running totals when cumulative; what was committed in all,
     * not a sum of yearly rates, when annualised); checked, like every total.
     */
    public long grandTotal() {
        boolean capacity = currency == null;
        long total = 0;
        for (TimelineSeries s : series) {
            long part = query.cumulative() ? (s.values().isEmpty() ? 0 : s.values().get(s.values().size() - 1)) : s.total(capacity);
            total = ExactSums.add(total, part, capacity);
        }
        // Every annualised value is a period's amount times the factor, so the division is exact.
        return total / query.mode().factor(query.granularity());
    }
}
