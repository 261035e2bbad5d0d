package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import java.time.LocalDate;
import java.util.Locale;

/** What the charts stacked over periods share: built from timelines, drawn as bars or, for running totals, areas. */
final class PeriodicKind {

    private PeriodicKind() {
    }

    static ChartModel build(ChartKind kind, ChartBuilders builders, Portfolio portfolio, ChartRequest request,
                            SourceIndex sharedIndex, LocalDate generated) {
        String title = kind.title(builders.titles(), request, PeriodicChartBuilder.effectiveFilter(request));
        return builders.periodic().build(portfolio, request, sharedIndex, generated, title);
    }

    static ChartDrawing drawing(ChartRequest request) {
        return request.cumulative() ? ChartDrawing.STACKED_AREAS : ChartDrawing.STACKED_BARS;
    }

    /** "commitments-by-counterparty-year". */
    static String fileName(ChartRequest request) {
        return (request.type().name() + "-by-" + request.groupBy().name() + "-" + request.granularity().name()).toLowerCase(Locale.ROOT);
    }
}
