package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;

/** Capacity under contract in gigawatts at the end of each period (areas), beside capacity online. */
final class ContractedCapacityChart implements ChartKind {

    @Override
    public ChartDrawing drawing(ChartRequest request) {
        return PeriodicKind.drawing(request);
    }

    @Override
    public String title(ChartTitles titles, ChartRequest request, DealFilter filter) {
        return titles.contracted(request, filter);
    }

    @Override
    public ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex,
                            LocalDate generated) {
        return PeriodicKind.build(this, builders, portfolio, request, sharedIndex, generated);
    }

    @Override
    public String fileName(ChartRequest request) {
        return PeriodicKind.fileName(request);
    }
}
