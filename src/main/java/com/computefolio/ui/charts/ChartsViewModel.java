package com.computefolio.ui.charts;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.LegendEntry;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;

/**
 * The Charts view's state: which chart (type, grouping, period), the chart computed for the
 * workspace's portfolio and filter, the groups switched off in the legend, and the total line.
 *
 * <p>Any change of portfolio, filter or option recomputes the chart in the background; the newest
 * request wins and only a finished chart reaches the FX thread. While the view is not active
 * (another tab is showing) changes only mark the chart stale, so a hidden chart costs nothing.
 */
public final class ChartsViewModel {
    public static final List<ChartType> TYPES = List.of(ChartType.COMMITMENTS, ChartType.CUMULATIVE, ChartType.CAPACITY);
    public static final List<GroupBy> GROUPINGS = List.of(GroupBy.COUNTERPARTY, GroupBy.KIND, GroupBy.STATUS, GroupBy.CONFIDENCE,
            GroupBy.BUYER);
    public static final List<Granularity> GRANULARITIES = List.of(Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR);

    private final WorkspaceModel workspace;
    private final ChartToolkit toolkit;
    private final ResourceBundle bundle;
    private final LatestRequestRunner charts;
    private final ChartHover hover;
    private final ChartExportActions exports;
    private final ValueFormat format = new ValueFormat();

    private final ObjectProperty<ChartType> chartType = new SimpleObjectProperty<>(ChartType.COMMITMENTS);
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(GroupBy.COUNTERPARTY);
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.QUARTER);
    private final ReadOnlyObjectWrapper<ShownChart> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private HiddenGroups hidden = HiddenGroups.none();
    private boolean active;
    private boolean stale = true;

    public ChartsViewModel(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                           DialogService dialogs, ChartClipboard clipboard, ResourceBundle bundle) {
        this.workspace = workspace;
        this.toolkit = toolkit;
        this.bundle = bundle;
        this.charts = new LatestRequestRunner(executor);
        this.hover = new ChartHover(analysis, executor, new ChartTooltipText(bundle), bundle.getString("charts.sources.task"));
        this.exports = new ChartExportActions(toolkit, executor, dialogs, clipboard, bundle, statusText::set);
        workspace.portfolioProperty().addListener((obs, old, now) -> recompute());
        workspace.filterProperty().addListener((obs, old, now) -> recompute());
        chartType.addListener((obs, old, now) -> recompute());
        granularity.addListener((obs, old, now) -> recompute());
        groupBy.addListener((obs, old, now) -> {
            // Group keys of one grouping mean nothing in another.
            hidden = HiddenGroups.none();
            recompute();
        });
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
        Portfolio portfolio = workspace.portfolio();
        ChartRequest request = ChartRequest.of(chartType.get(), groupBy.get(), granularity.get(), workspace.filter());
        HiddenGroups hiddenNow = hidden;
        charts.submit(bundle.getString("charts.task"), progress -> {
            ChartModel model = toolkit.models().create(portfolio, request);
            return progress.isCancelled() ? null : ShownChart.draw(model, hiddenNow, toolkit);
        }, this::show, error -> {
            statusText.set(fill(bundle.getString("charts.failed"), String.valueOf(error.getMessage())));
        });
    }

    private void show(ShownChart chart) {
        if (chart == null) {
            return;
        }
        if (!chart.hidden().equals(hidden)) {
            chart = ShownChart.draw(chart.model(), hidden, toolkit);
        }
        hover.reset(workspace.portfolio(), chart.model());
        statusText.set("");
        shown.set(chart);
        totalText.set(total(chart));
    }

    /** Switches a group (a legend entry) off or back on; other legend entries (style swatches) are ignored. */
    public void toggleGroup(String groupKey) {
        ShownChart current = shown.get();
        if (current == null || current.model().legend().stream()
                .noneMatch(e -> e.kind() == LegendEntry.Kind.GROUP && e.key().equals(groupKey))) {
            return;
        }
        Set<String> keys = new HashSet<>(hidden.keys());
        if (!keys.remove(groupKey)) {
            keys.add(groupKey);
        }
        hidden = HiddenGroups.of(keys);
        ShownChart redrawn = ShownChart.draw(current.model(), hidden, toolkit);
        shown.set(redrawn);
        totalText.set(total(redrawn));
    }

    /** Selects the deals behind one segment of the chart (series × period), in every view. */
    public void selectSegment(int seriesIndex, int periodIndex) {
        ShownChart current = shown.get();
        if (current != null) {
            selectDeals(current.drawn().dealIdsAt(seriesIndex, periodIndex));
        }
    }

    /** Selects the deals behind a clicked chart segment; a click on anything else selects nothing new. */
    public void select(ChartEntity entity) {
        ShownChart current = shown.get();
        if (current != null && entity instanceof XYItemEntity) {
            selectDeals(toolkit.charts().dealIdsAt(current.drawn(), entity));
        }
    }

    private void selectDeals(Collection<String> ids) {
        if (ids.isEmpty() || workspace.selectedDealIds().equals(Set.copyOf(ids))) {
            return;
        }
        workspace.selectedDealIds().clear();
        workspace.selectedDealIds().addAll(ids);
    }

    /** The tooltip of a segment: at once without sources if they are not looked up yet, then complete. */
    public void tooltip(int seriesIndex, int periodIndex, Consumer<String> show) {
        ShownChart current = shown.get();
        if (current != null) {
            hover.cell(current.drawn(), seriesIndex, periodIndex, show);
        }
    }

    public void exportWithDialog(double width, double height) {
        ShownChart current = shown.get();
        if (current != null) {
            exports.exportWithDialog(current.hidden().forExport(current.model()), suggestedFileName(current.model()), width, height);
        }
    }

    public void copy(double width, double height) {
        ShownChart current = shown.get();
        if (current != null) {
            exports.copy(current.hidden().forExport(current.model()), width, height);
        }
    }

    /** The model an export of the current chart draws: hidden groups left out. */
    public ChartModel exportModel() {
        ShownChart current = shown.get();
        return current == null ? null : current.hidden().forExport(current.model());
    }

    private static String suggestedFileName(ChartModel model) {
        ChartRequest r = model.request();
        return (r.type().name() + "-by-" + r.groupBy().name() + "-" + r.granularity().name()).toLowerCase(Locale.ROOT);
    }

    /** "Total committed: $1.2T · 24 deals", "Committed by the end of 2032: ...", plus hidden groups. */
    private String total(ShownChart chart) {
        ChartModel drawn = chart.drawn();
        if (drawn.isEmpty()) {
            return bundle.getString("charts.empty");
        }
        List<ChartSeries> visible = drawn.series().stream().filter(s -> !chart.hidden().keys().contains(s.groupKey())).toList();
        long deals = visible.stream().flatMap(s -> s.dealIds().stream()).distinct().count();
        String amount = format.value(drawn.grandTotal(), drawn.unit(), drawn.currency());
        String lastPeriod = drawn.periodLabels().isEmpty() ? "" : drawn.periodLabels().get(drawn.periodLabels().size() - 1);
        String lead = switch (drawn.type()) {
            case COMMITMENTS -> bundle.getString("charts.total.commitments");
            case CUMULATIVE -> fill(bundle.getString("charts.total.cumulative"), lastPeriod);
            default -> fill(bundle.getString("charts.total.capacity"), lastPeriod);
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

    public ObjectProperty<ChartType> chartTypeProperty() {
        return chartType;
    }

    public ObjectProperty<GroupBy> groupByProperty() {
        return groupBy;
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    /** The chart on screen; null until the first computation has finished. */
    public ReadOnlyObjectProperty<ShownChart> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ShownChart shown() {
        return shown.get();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** The outcome of the last export or copy, or why the chart could not be computed. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return charts.busyProperty();
    }

    public Set<String> hiddenGroups() {
        return hidden.keys();
    }
}
