package com.computefolio.ui.charts;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.TaskExecutor;
import java.util.function.Consumer;

/**
 * Tooltips of the chart on screen. The amounts and deals of a segment are in the chart model
 * already; the sources of those deals are looked up once per chart, in the background, on the
 * first hover. Until they arrive the tooltip shows without sources and is then completed.
 */
final class ChartHover {
    private final AnalysisService analysis;
    private final TaskExecutor executor;
    private final ChartTooltipText text;
    private final String taskTitle;
    private Portfolio portfolio = Portfolio.empty("");
    private DealFilter filter = DealFilter.ALL;
    private DealSourceLookup sources;
    private boolean lookingUp;
    private Runnable afterLookUp;
    private long generation;

    ChartHover(AnalysisService analysis, TaskExecutor executor, ChartTooltipText text, String taskTitle) {
        this.analysis = analysis;
        this.executor = executor;
        this.text = text;
        this.taskTitle = taskTitle;
    }

    /** A new chart is shown: its deals' sources are looked up afresh when first needed. */
    void reset(Portfolio newPortfolio, ChartModel model) {
        generation++;
        portfolio = newPortfolio;
        filter = model.request().filter();
        sources = null;
        lookingUp = false;
        afterLookUp = null;
    }

    void cell(ChartModel drawn, int seriesIndex, int periodIndex, Consumer<String> show) {
        withSources(found -> show.accept(text.cell(drawn, seriesIndex, periodIndex, found)));
    }

    void bar(ChartModel drawn, String barText, String dealId, Consumer<String> show) {
        withSources(found -> show.accept(text.bar(drawn, barText, dealId, found)));
    }

    private void withSources(Consumer<DealSourceLookup> tooltip) {
        if (sources != null) {
            tooltip.accept(sources);
            return;
        }
        tooltip.accept(DealSourceLookup.none());
        afterLookUp = () -> tooltip.accept(sources);
        lookUp();
    }

    private void lookUp() {
        if (lookingUp) {
            return;
        }
        lookingUp = true;
        long request = generation;
        Portfolio p = portfolio;
        DealFilter f = filter;
        executor.execute(BackgroundTask.of(taskTitle, progress -> DealSourceLookup.of(analysis, p, f))
                .onSuccess(found -> finish(request, found))
                // Tooltips without sources are still right; no dialog for a hover.
                .onFailure(error -> finish(request, DealSourceLookup.none())));
    }

    private void finish(long request, DealSourceLookup found) {
        if (request != generation) {
            return;
        }
        lookingUp = false;
        sources = found;
        Runnable pending = afterLookUp;
        afterLookUp = null;
        if (pending != null) {
            pending.run();
        }
    }
}
