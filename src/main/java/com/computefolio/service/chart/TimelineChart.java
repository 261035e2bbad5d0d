package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.Locale;

/** One bar per deal across its term, coloured by kind: adds nothing up, so it has no measure and no running total. */
final class TimelineChart implements ChartKind {

    @Override
    public ChartDrawing drawing(ChartRequest request) {
        return ChartDrawing.DEAL_BARS;
    }

    @Override
    public String title(ChartTitles titles, ChartRequest request, DealFilter filter) {
        return titles.timeline();
    }

    @Override
    public ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex,
                            LocalDate generated) {
        return builders.timeline().build(portfolio, request, sharedIndex, generated, title(builders.titles(), request, request.filter()));
    }

    /** The timeline has neither groups nor periods to name: "timeline". */
    @Override
    public String fileName(ChartRequest request) {
        return request.type().name().toLowerCase(Locale.ROOT);
    }
}
