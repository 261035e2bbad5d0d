package com.computefolio.service.chart;

import com.computefolio.service.DealCells;
import java.util.List;
import java.util.Map;

/**
 * Lays the analysis service's answer to "which deals, with how much, in which period" over a
 * periodic chart's series: the chart's own {@link CellIndex}. The amounts come from the schedules
 * the analysis service keeps (AnalysisService#cells), so nothing is scheduled again here.
 */
final class ChartCells {

    private ChartCells() {
    }

    /** Each series' deals, in the series' order, placed in the periods where they have a part. */
    static CellIndex index(List<ChartSeries> series, Map<String, DealCells> cellsByDeal, int periodCount, boolean cumulative) {
        CellIndex.Builder cells = new CellIndex.Builder(series.size(), periodCount, cumulative);
        for (int s = 0; s < series.size(); s++) {
            for (String dealId : series.get(s).dealIds()) {
                DealCells deal = cellsByDeal.get(dealId);
                if (deal == null) {
                    continue;
                }
                for (int i = 0; i < deal.count(); i++) {
                    cells.add(s, deal.period(i), dealId, deal.title(), deal.amount(i));
                }
            }
        }
        return cells.build();
    }
}
