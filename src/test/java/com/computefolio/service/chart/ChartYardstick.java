package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import java.time.LocalDate;

/**
 * The old road to a stacked chart ({@link TimelinesChartBuilder}) for the CPU-time harness of
 * another package, so that both roads run alternating in one process.
 */
public final class ChartYardstick {

    private final TimelinesChartBuilder builder;

    public ChartYardstick(AnalysisService analysis, ChartText text) {
        this.builder = new TimelinesChartBuilder(analysis, text);
    }

    /** A commitments, cumulative, run-rate or capacity chart as the timelines and every deal's cells made it. */
    public ChartModel create(Portfolio portfolio, ChartRequest request, LocalDate generated) {
        return builder.build(portfolio, request, null, generated, "");
    }
}
