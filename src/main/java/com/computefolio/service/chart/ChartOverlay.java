package com.computefolio.service.chart;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A line drawn over a chart's stacks for context (revenue, losses, capex, a stated total, compute
 * online): exact values at the months they describe, on the same axis as the chart, in the chart's
 * raw unit (kilowatts for {@link ValueUnit#GIGAWATTS}, cents for {@link ValueUnit#BILLIONS}).
 *
 * @param key     the context series' id (or another overlay's own key)
 * @param label   what the legend calls it
 * @param months  the month each value belongs to, ascending (a year's figure sits at its December)
 * @param values  exact raw values in {@code unit}, one per month
 * @param sources the numbered sources of the values, as the footnote cites them
 */
public record ChartOverlay(String key, String label, List<YearMonth> months, List<Long> values, ValueUnit unit,
                           List<SourceRef> sources) {

    public ChartOverlay {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        months = List.copyOf(months);
        values = List.copyOf(values);
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (months.size() != values.size()) {
            throw new IllegalArgumentException("an overlay needs one value per month: " + months.size() + " months, "
                    + values.size() + " values");
        }
    }
}
