package com.computefolio.service.chart;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Two sources that disagree about one value (2024 loss $5B or $8.78B): drawn as a bar from the low
 * to the high value at the month, so neither figure is hidden, with both sources in its text.
 *
 * @param key         the key of the overlay the range belongs to
 * @param low         exact raw value in {@code unit}, at most {@code high}
 * @param lowSources  the numbered sources of the low value
 * @param highSources the numbered sources of the high value
 * @param description one line naming both values and their sources, for tooltips, footnotes and reports
 */
public record ChartRange(String key, String label, YearMonth month, long low, long high, ValueUnit unit,
                         List<SourceRef> lowSources, List<SourceRef> highSources, String description) {

    public ChartRange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(unit, "unit");
        lowSources = List.copyOf(lowSources);
        highSources = List.copyOf(highSources);
        if (low > high) {
            throw new IllegalArgumentException("a range runs from low to high: " + low + " > " + high);
        }
    }
}
