package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.Locale;

/** Money both ways per counterparty as diverging bars: it has no periods, so neither granularity nor grouping. */
final class FlowsChart implements ChartKind {

    @Override
    public ChartDrawing drawing(ChartRequest request) {
        return ChartDrawing.DIVERGING_BARS;
    }

    @Override
    public String title(ChartTitles titles, ChartRequest request, DealFilter filter) {
        return titles.flows();
    }

    @Override
    public ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex,
                            LocalDate generated) {
        return builders.flows().build(portfolio, request, sharedIndex, generated, title(builders.titles(), request, request.filter()));
    }

    /** Always per counterparty and buyer, never per period: "flows". */
    @Override
    public String fileName(ChartRequest request) {
        return request.type().name().toLowerCase(Locale.ROOT);
    }
}
