package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The same filtered deals under several scenarios, one line each of money committed by the end of
 * each period: not stacked, since each line is the whole selection counted another way.
 */
final class CompareChart implements ChartKind {

    @Override
    public ChartDrawing drawing(ChartRequest request) {
        return ChartDrawing.LINES;
    }

    @Override
    public String title(ChartTitles titles, ChartRequest request, DealFilter filter) {
        return titles.compare(filter);
    }

    @Override
    public ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex,
                            LocalDate generated) {
        String chartTitle = title(builders.titles(), request, PeriodicChartBuilder.effectiveFilter(request));
        return builders.compare().build(portfolio, request, sharedIndex, generated, chartTitle);
    }

    /** "compare-year": the scenarios are in the chart, not in its name. */
    @Override
    public String fileName(ChartRequest request) {
        return (request.type().name() + "-" + request.granularity().name()).toLowerCase(Locale.ROOT);
    }
}
