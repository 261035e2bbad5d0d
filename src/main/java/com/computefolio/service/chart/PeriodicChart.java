package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The charts stacked over periods (commitments per period, running total, run rate, capacity online
 * and under contract): built from timelines by the periodic builder, drawn as bars or, for running
 * totals, areas, named after their type, grouping and period. What sets one apart from another is
 * its title and what its {@link ChartType} says it adds up, so one class with the title as a
 * parameter serves them all.
 */
final class PeriodicChart implements ChartKind {

    /** Picks the chart's title from the bundle's titles. */
    @FunctionalInterface
    interface Title {
        String of(ChartTitles titles, ChartRequest request, DealFilter filter);
    }

    private final Title title;

    PeriodicChart(Title title) {
        this.title = title;
    }

    @Override
    public ChartDrawing drawing(ChartRequest request) {
        return request.cumulative() ? ChartDrawing.STACKED_AREAS : ChartDrawing.STACKED_BARS;
    }

    @Override
    public String title(ChartTitles titles, ChartRequest request, DealFilter filter) {
        return title.of(titles, request, filter);
    }

    @Override
    public ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex,
                            LocalDate generated) {
        String chartTitle = title(builders.titles(), request, PeriodicChartBuilder.effectiveFilter(request));
        return builders.periodic().build(portfolio, request, sharedIndex, generated, chartTitle);
    }

    /** "commitments-by-counterparty-year". */
    @Override
    public String fileName(ChartRequest request) {
        return (request.type().name() + "-by-" + request.groupBy().name() + "-" + request.granularity().name()).toLowerCase(Locale.ROOT);
    }
}
