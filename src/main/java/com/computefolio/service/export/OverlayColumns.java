package com.computefolio.service.export;

import com.computefolio.service.Granularity;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartOverlay;
import com.computefolio.service.chart.ChartRange;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.SourceRef;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The context lines a chart draws over its stacks (revenue, losses, capex, published totals,
 * compute online), as columns of the chart's data table: per line, its exact value in the period
 * that holds its month and the sources it cites; where sources disagree, a column naming both
 * values with their sources. As stated, never added to the stacks or the total. A period holding
 * several points of one line shows the latest, as the line reaches it by the period's end; periods
 * before or after the deals that only context reaches get rows of their own with empty stacks.
 */
final class OverlayColumns {

    private final ChartModel model;
    private final ChartText text;

    OverlayColumns(ChartModel model, ChartText text) {
        this.model = model;
        this.text = text;
    }

    boolean isEmpty() {
        return model.overlays().isEmpty();
    }

    /** Every period of the table: the chart's and those that only a context value falls in, in order. */
    List<YearMonth> periods() {
        TreeSet<YearMonth> all = new TreeSet<>(model.periodStarts());
        Granularity g = model.request().granularity();
        model.overlays().forEach(o -> o.months().forEach(m -> all.add(g.periodStart(m))));
        model.ranges().forEach(r -> all.add(g.periodStart(r.month())));
        return new ArrayList<>(all);
    }

    List<String> header() {
        List<String> header = new ArrayList<>();
        for (ChartOverlay overlay : model.overlays()) {
            header.add(text.get("data.column.context", overlay.label(), unitName(overlay)));
            header.add(text.get("data.column.contextSources", overlay.label()));
            if (hasRanges(overlay)) {
                header.add(text.get("data.column.contextRange", overlay.label()));
            }
        }
        return header;
    }

    /** The cells of one period's row, in the order of {@link #header()}. */
    List<Object> cells(YearMonth periodStart) {
        Granularity g = model.request().granularity();
        List<Object> cells = new ArrayList<>();
        for (ChartOverlay overlay : model.overlays()) {
            Object value = null;
            for (int i = 0; i < overlay.months().size(); i++) {
                if (g.periodStart(overlay.months().get(i)).equals(periodStart)) {
                    value = overlay.unit().exact(overlay.values().get(i));
                }
            }
            cells.add(value);
            cells.add(value == null ? null : sources(overlay.sources()));
            if (hasRanges(overlay)) {
                List<String> described = model.ranges().stream()
                        .filter(r -> r.key().equals(overlay.key()) && g.periodStart(r.month()).equals(periodStart))
                        .map(ChartRange::description).toList();
                cells.add(described.isEmpty() ? null : String.join("; ", described));
            }
        }
        return cells;
    }

    private boolean hasRanges(ChartOverlay overlay) {
        return model.ranges().stream().anyMatch(r -> r.key().equals(overlay.key()));
    }

    /** "OpenAI [3]; Reuters [5, 7]", as the footnote cites them. */
    private static String sources(List<SourceRef> refs) {
        Map<String, List<Integer>> byPublisher = new LinkedHashMap<>();
        refs.forEach(r -> byPublisher.computeIfAbsent(r.source().publisher().strip(), k -> new ArrayList<>()).add(r.number()));
        List<String> entries = new ArrayList<>();
        byPublisher.forEach((publisher, numbers) -> entries.add(publisher + " " + numbers));
        return String.join("; ", entries);
    }

    private String unitName(ChartOverlay overlay) {
        return switch (overlay.unit()) {
            case GIGAWATTS -> "GW";
            case BILLIONS -> text.get("data.unit.billions", model.currency() == null ? "USD" : model.currency());
        };
    }
}
