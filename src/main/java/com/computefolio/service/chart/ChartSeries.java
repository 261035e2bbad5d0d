package com.computefolio.service.chart;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.Confidence;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One stacked series of a periodic chart: one group (a counterparty, a kind...) or the part of a
 * group whose figures have one confidence.
 *
 * @param key        unique within the chart ("microsoft" or "microsoft|REPORTED")
 * @param groupKey   the group's stable key (party id, enum name, or {@link ChartModel#OTHER_KEY}); decides the colour
 * @param label      what the legend and tooltips call it
 * @param confidence the confidence of every figure in this series, or null when it mixes them
 * @param values     one raw value per period (minor units or kilowatts)
 * @param dealIds    the deals behind this series
 * @param caveats    how many of those deals carry each schedule caveat (UPPER_BOUND, TERM_ASSUMED...)
 * @param marks      what every figure of the series carries (reported, ceiling, assumed timing...), each drawn as a hatching
 */
public record ChartSeries(String key, String groupKey, String label, Confidence confidence, SeriesStyle style,
                          ChartColor colour, List<Long> values, List<String> dealIds, Map<String, Integer> caveats,
                          Set<FigureMark> marks) {

    public ChartSeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(groupKey, "groupKey");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(colour, "colour");
        values = List.copyOf(values);
        dealIds = List.copyOf(dealIds);
        caveats = Map.copyOf(caveats);
        marks = marks == null || marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
    }

    /** A series marked only by its confidence. */
    public ChartSeries(String key, String groupKey, String label, Confidence confidence, SeriesStyle style,
                       ChartColor colour, List<Long> values, List<String> dealIds, Map<String, Integer> caveats) {
        this(key, groupKey, label, confidence, style, colour, values, dealIds, caveats, FigureMark.of(confidence));
    }

    /** The same series with other values (a hidden group is drawn with zeros). */
    public ChartSeries withValues(List<Long> newValues) {
        return new ChartSeries(key, groupKey, label, confidence, style, colour, newValues, dealIds, caveats, marks);
    }

    /** The sum of the values, checked (a refusal names money; the chart's totals name the measure). */
    public long total() {
        long sum = 0;
        for (long v : values) {
            sum = ExactSums.money(sum, v);
        }
        return sum;
    }

    public long last() {
        return values.isEmpty() ? 0 : values.get(values.size() - 1);
    }
}
