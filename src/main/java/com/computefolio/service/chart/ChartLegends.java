package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.service.GroupBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legend of a stacked chart: a swatch per group (in the style it is drawn in), an umbrella's
 * remainder under its group, the confidences' styles and each hatching drawn, each explained once.
 */
final class ChartLegends {

    private final ChartText text;

    ChartLegends(ChartText text) {
        this.text = text;
    }

    List<LegendEntry> of(List<ChartGroups.Group> groups, List<ChartSeries> series, Map<String, ChartColor> colours, ChartRequest request) {
        List<LegendEntry> legend = new ArrayList<>();
        for (ChartGroups.Group g : groups) {
            Set<SeriesStyle> groupStyles = series.stream().filter(s -> s.groupKey().equals(g.key)).map(ChartSeries::style)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(SeriesStyle.class)));
            if (!groupStyles.isEmpty()) {
                // A group drawn in one style only (say, all reported) shows that style, so the swatch matches its bars.
                SeriesStyle style = groupStyles.size() == 1 ? groupStyles.iterator().next() : SeriesStyle.SOLID;
                legend.add(new LegendEntry(g.key, g.label, colours.get(g.key), style, LegendEntry.Kind.GROUP, null));
            }
            // An umbrella's remainder is named in the legend, right under its group, whatever the grouping.
            series.stream().filter(s -> s.groupKey().equals(g.key) && s.marks().contains(FigureMark.REMAINDER))
                    .forEach(s -> legend.add(LegendEntry.remainder(s.dealIds().get(0), s.label(), s.colour(), s.style())));
        }
        if (request.groupBy() != GroupBy.CONFIDENCE) {
            Set<SeriesStyle> styles = series.stream().map(ChartSeries::style).collect(Collectors.toCollection(() -> EnumSet.noneOf(SeriesStyle.class)));
            if (styles.size() > 1 || styles.contains(SeriesStyle.LIGHT) || styles.contains(SeriesStyle.DASHED)) {
                for (SeriesStyle style : styles) {
                    legend.add(LegendEntry.style(style, text.get("legend.style." + style.name())));
                }
            }
        }
        legend.addAll(patternLegend(text, series.stream().flatMap(s -> s.marks().stream()).toList(), legend));
        return legend;
    }

    /** One entry per mark drawn in the chart, in the marks' order: the legend explains each hatching once. */
    static List<LegendEntry> patternLegend(ChartText text, List<FigureMark> drawn, List<LegendEntry> before) {
        Set<FigureMark> marks = drawn.isEmpty() ? EnumSet.noneOf(FigureMark.class) : EnumSet.copyOf(drawn);
        // A style swatch already shows the hatching of its confidence (light: "/", dashed: "\").
        before.stream().filter(e -> e.kind() == LegendEntry.Kind.STYLE).forEach(e -> marks.removeAll(FigureMark.of(confidenceOf(e.style()))));
        // A remainder named in the legend shows its own hatching.
        if (before.stream().anyMatch(LegendEntry::isRemainder)) {
            marks.remove(FigureMark.REMAINDER);
        }
        return Arrays.stream(FigureMark.values()).filter(marks::contains)
                .map(m -> LegendEntry.pattern(m, text.get("legend.pattern." + m.name()))).toList();
    }

    private static Confidence confidenceOf(SeriesStyle style) {
        return switch (style) {
            case SOLID -> Confidence.OFFICIAL;
            case LIGHT -> Confidence.REPORTED;
            case DASHED -> Confidence.ESTIMATE;
        };
    }
}
