package com.computefolio.service.chart;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A line drawn over a chart's stacks for context (compute online, revenue, losses): values at
 * months, in the chart's raw unit (kilowatts for {@link ValueUnit#GIGAWATTS}, minor units for
 * {@link ValueUnit#BILLIONS}), with the sources that state them. A month may appear twice when
 * sources disagree; each value is kept as stated.
 *
 * @param key     stable key of the overlay (the context series' id)
 * @param label   what the legend calls it
 * @param months  the month of each value (a year's figure sits at its December, the end of the year)
 * @param values  one raw value per month
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
            throw new IllegalArgumentException("an overlay has one value per month");
        }
    }
}
