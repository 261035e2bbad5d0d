package com.computefolio.ui.compare;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.ScenarioTotals;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.ui.charts.ChartClipboard;
import com.computefolio.ui.charts.ChartState;
import com.computefolio.ui.charts.ChartToolkit;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TaskHandle;
import com.computefolio.ui.format.DisplayFormats;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Compare tab: the filtered deals' totals under every scenario side by side (docs/scenarios.md),
 * computed on a worker each time the register or the filters change while the tab is shown. The
 * filter's own scenario is left aside (each row is one scenario); its stress is not, so a stressed
 * pick compares stressed scenarios. With a chart toolkit it also draws the compare chart (one line
 * per scenario) on the same worker, from the same {@link AnalysisService#compare} call as the rows,
 * with the export and copy every chart has.
 */
public final class CompareViewModel {

    /** One row as shown: the scenario and its totals in words. */
    public record Row(String scenario, String deals, String commitments, String inflows, String capacity) {
    }

    private final WorkspaceModel workspace;
    private final AnalysisService analysis;
    private final TaskExecutor executor;
    private final Messages messages;
    private final DisplayFormats formats;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The chart above the table, or null for a table alone. */
    private final ChartState chart;
    private Scenarios scenarios = Scenarios.builtIn();
    private String scenarioProblem = "";
    private boolean active;
    private boolean stale = true;
    private TaskHandle running;

    /** The table alone. */
    public CompareViewModel(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, Messages messages) {
        this(workspace, analysis, executor, messages, null);
    }

    /** The table with the compare chart above it. */
    public CompareViewModel(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                            DialogService dialogs, ChartClipboard clipboard, Messages messages, ResourceBundle chartBundle) {
        this(workspace, analysis, executor, messages,
                new ChartState(workspace, analysis, toolkit, executor, dialogs, clipboard, chartBundle));
    }

    private CompareViewModel(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, Messages messages,
                             ChartState chart) {
        this.chart = chart;
        this.workspace = workspace;
        this.analysis = analysis;
        this.executor = executor;
        this.messages = messages;
        this.formats = new DisplayFormats(messages);
        workspace.portfolioProperty().addListener((obs, old, now) -> recompute());
        workspace.filterProperty().addListener((obs, old, now) -> recompute());
    }

    /** Whether the tab is on screen; work waits until it is. */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active && stale) {
            recompute();
        }
    }

    /** Compares {@code known} from now on (e.g. with the user's own scenarios). */
    public void compare(Scenarios known) {
        scenarios = known;
        recompute();
    }

    public void recompute() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        if (running != null) {
            running.cancel();
        }
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        // The stress picked beside the filters goes on every scenario without one of its own (a saved
        // scenario keeps its own delay and haircut, or it would be drawn as its base).
        var picked = filter.scenario().stress();
        List<Scenario> compared = scenarios.all().stream()
                .map(s -> s.stress().isNone() ? s.withStress(picked) : s).toList();
        status.set(messages.get("compare.computing"));
        if (chart != null) {
            ChartRequest request = ChartRequest.of(ChartType.COMPARE, GroupBy.NONE, Granularity.YEAR, filter).withScenarios(compared);
            chart.compute(portfolio, request, (p, r) -> analysis.compare(p, filter, compared), this::show);
            return;
        }
        running = executor.execute(BackgroundTask.of(messages.get("compare.task"),
                        progress -> analysis.compare(portfolio, filter, compared))
                .onSuccess(this::show)
                .onFailure(failure -> status.set(messages.format("compare.failed", messages.failure(failure)))));
    }

    private void show(List<ScenarioTotals> totals) {
        rows.setAll(totals.stream().map(t -> new Row(messages.scenarioName(t.scenario()), Integer.toString(t.totals().deals()),
                formats.money(t.totals().commitmentsMinor(), t.currency()), formats.money(t.totals().inflowsMinor(), t.currency()),
                formats.gigawatts(t.totals().kilowatts()))).toList());
        status.set(scenarioProblem.isEmpty() ? messages.get("compare.note") : scenarioProblem);
    }

    /** What is wrong with the user's scenarios file ("" for nothing), shown in place of the note. */
    public void setScenarioProblem(String problem) {
        scenarioProblem = problem == null ? "" : problem;
        if (!rows.isEmpty()) {
            status.set(scenarioProblem.isEmpty() ? messages.get("compare.note") : scenarioProblem);
        }
    }

    /** The chart above the table (null for the table alone). */
    public ChartState chart() {
        return chart;
    }

    /** The scenarios compared, before the filter's stress is put on them. */
    public Scenarios scenarios() {
        return scenarios;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
