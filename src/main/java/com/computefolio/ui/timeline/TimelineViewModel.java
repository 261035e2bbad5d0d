package com.computefolio.ui.timeline;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.ui.charts.ChartClipboard;
import com.computefolio.ui.charts.ChartState;
import com.computefolio.ui.charts.ChartToolkit;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Timeline view's state: one bar per deal across its term, coloured by kind, for the
 * workspace's portfolio and filter, from the shared chart model (so it is exactly what the
 * timeline export draws). The model keeps the largest deals when there are too many to read; the
 * summary line says how many of how many are shown.
 */
public final class TimelineViewModel {
    private final WorkspaceModel workspace;
    private final AnalysisService analysis;
    private final ResourceBundle bundle;
    private final ChartState state;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper rows = new ReadOnlyIntegerWrapper();
    private boolean active;
    private boolean stale = true;
    private int matching;

    public TimelineViewModel(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                             DialogService dialogs, ChartClipboard clipboard, ResourceBundle bundle) {
        this.workspace = workspace;
        this.analysis = analysis;
        this.bundle = bundle;
        this.state = new ChartState(workspace, analysis, toolkit, executor, dialogs, clipboard, bundle);
        workspace.portfolioProperty().addListener((obs, old, now) -> recompute());
        workspace.filterProperty().addListener((obs, old, now) -> recompute());
        state.shownProperty().addListener((obs, old, now) -> summarise());
    }

    /** Whether the view is on screen; see {@link com.computefolio.ui.charts.ChartsViewModel#setActive}. */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active && stale) {
            recompute();
        }
    }

    public void recompute() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        ChartRequest request = ChartRequest.of(ChartType.TIMELINE, GroupBy.KIND, Granularity.QUARTER, workspace.filter());
        // The count of every matching deal comes from the same worker, so the summary can say how many were left out.
        state.compute(workspace.portfolio(), request, (portfolio, r) -> analysis.deals(portfolio, r.filter()).size(), count -> {
            matching = count;
            summarise();
        });
    }

    private void summarise() {
        if (state.shown() == null) {
            return;
        }
        ChartModel drawn = state.shown().drawn();
        rows.set(drawn.bars().size());
        int shownBars = state.shown().model().bars().size();
        if (drawn.bars().isEmpty()) {
            summary.set(matching == 0 ? bundle.getString("timeline.empty") : bundle.getString("timeline.allHidden"));
            return;
        }
        YearMonth first = drawn.bars().stream().map(TimelineBar::start).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = drawn.bars().stream().map(TimelineBar::end).max(Comparator.naturalOrder()).orElseThrow();
        String text = shownBars < matching
                ? fill(bundle.getString("timeline.summary.largest"), shownBars, matching, first.toString(), last.toString())
                : fill(bundle.getString("timeline.summary"), drawn.bars().size(), first.toString(), last.toString());
        if (!state.hiddenGroups().isEmpty()) {
            text += fill(bundle.getString("charts.total.hidden"), state.hiddenGroups().size());
        }
        summary.set(text);
    }

    /** Hides or shows the deals of one kind (a legend entry). */
    public void toggleKind(String kind) {
        state.toggleGroup(kind);
    }

    private String fill(String pattern, Object... args) {
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public ChartState state() {
        return state;
    }

    /** "26 deals from 2025-01 to 2035-12", or which of how many are shown. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many bars the chart draws; the view gives each a row's height. */
    public ReadOnlyIntegerProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }
}
