package com.computefolio.service.chart;

import java.util.stream.Collectors;

/**
 * Tooltip texts of a chart: the amount of a segment and the deals behind it, a deal's bar with its
 * term and value. The window shows them on hover; the same words appear whatever draws the chart.
 */
public final class ChartTooltips {

    private static final int NAMED_DEALS = CellIndex.SUMMARY_SIZE;

    private final ChartText text;
    private final ValueFormat format;

    public ChartTooltips(ChartText text) {
        this.text = text;
        this.format = new ValueFormat(text);
    }

    /** "Oracle (reported), 2027-Q1: $15B" then "2 deals: Oracle cloud ($12B), Stargate ($3B)". */
    public String cell(ChartModel model, int seriesIndex, int periodIndex) {
        ChartSeries series = model.series().get(seriesIndex);
        long value = series.values().get(periodIndex);
        String head = text.get("tooltip.cell", series.label(), PeriodLabels.of(model, periodIndex, text.locale()),
                format.value(value, model.unit(), model.currency()));
        // The summary, not the whole cell: the renderer asks for this text for every segment it draws.
        CellIndex.Summary deals = model.cells().summary(seriesIndex, periodIndex);
        if (deals.count() == 0) {
            return head;
        }
        String named = deals.largest().stream().limit(NAMED_DEALS)
                .map(d -> d.title() + " (" + format.value(d.amount(), model.unit(), model.currency()) + ")")
                .collect(Collectors.joining(", "));
        if (deals.count() > NAMED_DEALS) {
            named = text.get("list.more", named, deals.count() - NAMED_DEALS);
        }
        return head + "\n" + text.get("tooltip.cell.deals", deals.count(), named);
    }

    /** "OpenAI revenue, 2025-12: $13.1B [5]": one point of a context line, as stated. */
    public String overlay(ChartOverlay overlay, int pointIndex) {
        String numbers = overlay.sources().isEmpty() ? ""
                : overlay.sources().stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(", ", " [", "]"));
        return text.get("tooltip.overlay", overlay.label(), overlay.months().get(pointIndex).toString(),
                format.value(overlay.values().get(pointIndex), overlay.unit(), "USD"), numbers);
    }

    /** "AWS cloud capacity (Amazon): 2025-11 to 2032-10, $38B, Definitive, Official, term stated". */
    public String bar(TimelineBar bar) {
        return text.get("tooltip.bar", bar.title(), bar.counterparty(), bar.start().toString(), bar.end().toString(),
                bar.valueText(), text.name("status", bar.status()), text.name("confidence", bar.confidence()),
                text.get("tooltip.term." + bar.termKnown().name()));
    }

    /** "AWS cloud capacity: Announced, 2025-11-03". */
    public String marker(TimelineBar bar, TimelineMarker marker) {
        return text.get("tooltip.marker", bar.title(), marker.label(), marker.date().toString());
    }
}
