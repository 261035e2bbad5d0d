package com.computefolio.ui.charts;

import com.computefolio.domain.ContextSeries;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.FlowSeries;
import com.computefolio.service.chart.OverlayNames;
import com.computefolio.service.chart.PeriodLabels;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The Charts view's state: which chart (type, grouping, period), the chart computed for the
 * workspace's portfolio and filter (in {@link ChartState}), and the line with its total.
 *
 * <p>Any change of portfolio, filter or option recomputes the chart in the background; the newest
 * request wins and only a finished chart reaches the FX thread. While the view is not active
 * (another tab is in front) changes only mark the chart stale, so a hidden chart costs nothing.
 */
public final class ChartsViewModel {
    public static final List<ChartType> TYPES = List.of(ChartType.COMMITMENTS, ChartType.CUMULATIVE, ChartType.RUN_RATE, ChartType.CAPACITY,
            ChartType.CAPACITY_CONTRACTED, ChartType.FLOWS);
    public static final List<GroupBy> GROUPINGS = List.of(GroupBy.COUNTERPARTY, GroupBy.KIND, GroupBy.STATUS, GroupBy.CONFIDENCE,
            GroupBy.BUYER);
    public static final List<Granularity> GRANULARITIES = List.of(Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR);

    private final WorkspaceModel workspace;
    private final ResourceBundle bundle;
    private final ChartState state;
    private final ValueFormat format;
    private final ObjectProperty<ChartType> chartType = new SimpleObjectProperty<>(ChartType.COMMITMENTS);
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(GroupBy.COUNTERPARTY);
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.QUARTER);
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    /** The context series the register can draw (ids, register order), and those switched on. */
    private final ObservableList<ContextSeries> overlayChoices = FXCollections.observableArrayList();
    private final ObservableSet<String> overlays = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper overlaysApply = new ReadOnlyBooleanWrapper(true);
    private boolean active;
    private boolean stale = true;

    public ChartsViewModel(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                           DialogService dialogs, ChartClipboard clipboard, ResourceBundle bundle) {
        this.workspace = workspace;
        this.bundle = bundle;
        this.format = new ValueFormat(Texts.forLocale(bundle.getLocale()));
        this.state = new ChartState(workspace, analysis, toolkit, executor, dialogs, clipboard, bundle);
        // The grouping lives in the workspace: a saved view chosen before this tab was first shown still applies.
        groupBy.bindBidirectional(workspace.chartGroupingProperty());
        workspace.portfolioProperty().addListener((obs, old, now) -> {
            refreshOverlayChoices();
            recompute();
        });
        refreshOverlayChoices();
        overlays.addListener((SetChangeListener<String>) change -> recompute());
        chartType.addListener((obs, old, now) -> overlaysApply.set(OverlayNames.drawsOverlays(now)));
        workspace.filterProperty().addListener((obs, old, now) -> recompute());
        chartType.addListener((obs, old, now) -> recompute());
        granularity.addListener((obs, old, now) -> recompute());
        groupBy.addListener((obs, old, now) -> {
            // Group keys of one grouping mean nothing in another.
            state.showAllGroups();
            recompute();
        });
        state.shownProperty().addListener((obs, old, now) -> totalText.set(now == null ? "" : total(now)));
    }

    /**
     * Whether the view is on screen. A new view model is inactive and computes nothing until
     * activated; an inactive one recomputes once it becomes active again, if anything changed.
     */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active && stale) {
            recompute();
        }
    }

    /** Recomputes the chart for the current portfolio, filter and options (latest request wins). */
    public void recompute() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        ChartRequest request = ChartRequest.of(chartType.get(), groupBy.get(), granularity.get(), workspace.filter())
                .withOverlays(List.copyOf(overlays));
        state.compute(workspace.portfolio(), request, (p, r) -> null, none -> { });
    }

    /** The register's context series a commitments chart can draw; a new register keeps the toggles it still has. */
    private void refreshOverlayChoices() {
        var register = workspace.portfolio() == null ? List.<ContextSeries>of() : workspace.portfolio().contextSeries();
        List<String> ids = OverlayNames.toggles(register);
        overlayChoices.setAll(OverlayNames.drawable(register).stream().filter(s -> ids.contains(s.id())).toList());
        overlays.retainAll(ids);
    }

    /** "Total committed: $1.2T · 24 deals", "Committed by the end of 2032: ...", plus hidden groups. */
    private String total(ShownChart chart) {
        ChartModel drawn = chart.drawn();
        if (drawn.isEmpty()) {
            return bundle.getString("charts.empty");
        }
        long deals = drawn.series().stream().filter(s -> !chart.hidden().keys().contains(s.groupKey()))
                .flatMap(s -> s.dealIds().stream()).distinct().count();
        // The flows chart's bars go both ways; what it adds up to is the net.
        long value = drawn.type() == ChartType.FLOWS
                ? drawn.series().stream().filter(s -> s.groupKey().equals(FlowSeries.NET)).mapToLong(ChartSeries::total).sum()
                : drawn.grandTotal();
        String amount = format.value(value, drawn.unit(), drawn.currency());
        // The last period worded as the axis and the tooltips word it ("Dec 2034"); the flows chart's columns are no periods.
        String lastPeriod = drawn.periodLabels().isEmpty() ? ""
                : drawn.periodStarts().size() == drawn.periodLabels().size()
                ? PeriodLabels.of(drawn, drawn.periodStarts().size() - 1, bundle.getLocale())
                : drawn.periodLabels().get(drawn.periodLabels().size() - 1);
        String lead = switch (drawn.type()) {
            case COMMITMENTS, RUN_RATE -> bundle.getString("charts.total.commitments");
            case CUMULATIVE -> fill(bundle.getString("charts.total.cumulative"), lastPeriod);
            case CAPACITY_CONTRACTED -> fill(bundle.getString("charts.total.capacityContracted"), lastPeriod);
            case FLOWS -> bundle.getString("charts.total.flows");
            default -> fill(bundle.getString(drawn.request().cumulative() ? "charts.total.capacity" : "charts.total.capacityAdded"),
                    lastPeriod);
        };
        String text = fill(bundle.getString("charts.total"), lead, amount, deals);
        if (!chart.hidden().isEmpty()) {
            text += fill(bundle.getString("charts.total.hidden"), chart.hidden().keys().size());
        }
        return text;
    }

    private String fill(String pattern, Object... args) {
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The chart on screen, its hidden groups, selection, tooltips and exports. */
    public ChartState state() {
        return state;
    }

    public ObjectProperty<ChartType> chartTypeProperty() {
        return chartType;
    }

    public ObjectProperty<GroupBy> groupByProperty() {
        return groupBy;
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    /** The context series the window offers as toggles (their names label them). */
    public ObservableList<ContextSeries> overlayChoices() {
        return FXCollections.unmodifiableObservableList(overlayChoices);
    }

    /** The ids of the context series drawn over the chart; add or remove one to toggle it. */
    public ObservableSet<String> overlays() {
        return overlays;
    }

    /** Whether the chart type draws overlays (the commitments charts); the toggles are disabled otherwise. */
    public ReadOnlyBooleanProperty overlaysApplyProperty() {
        return overlaysApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }
}
