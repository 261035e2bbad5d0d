package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Builds the {@link ChartModel} of a chart from a portfolio: the one value that the window, the
 * command line and every exporter draw. Pure computation through the analysis service; safe to call
 * off the FX thread, and from several threads at once.
 */
public final class ChartModelFactory {

    private final ChartBuilders builders;
    private final Clock clock;

    public ChartModelFactory(AnalysisService analysis, ChartText text, Clock clock) {
        this.builders = new ChartBuilders(new PeriodicChartBuilder(analysis, text), new TimelineChartBuilder(analysis, text),
                new FlowsChartBuilder(analysis, text), new CompareChartBuilder(analysis, text), new ChartTitles(text));
        this.clock = clock;
    }

    /** The chart with its own source numbering ([1] is the earliest source it cites). */
    public ChartModel create(Portfolio portfolio, ChartRequest request) {
        return create(portfolio, request, null);
    }

    /**
     * The chart with footnote numbers taken from a shared index, so that several charts and a
     * report's sources appendix agree on what [3] means.
     */
    public ChartModel create(Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex) {
        LocalDate generated = LocalDate.now(clock);
        return ChartKinds.of(request.type()).build(builders, portfolio, request, sharedIndex, generated);
    }
}
