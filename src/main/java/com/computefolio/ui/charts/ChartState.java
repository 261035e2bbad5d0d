package com.computefolio.ui.charts;

import java.util.Optional;
import com.computefolio.service.text.Texts;
import com.computefolio.service.text.FailureTexts;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.chart.ChartKinds;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.LegendEntry;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;

/**
 * What every chart view holds besides its options: the chart on screen, computed in the background
 * (newest request wins), the groups switched off in the legend, tooltips, selection by click,
 * and Export / Copy of exactly what is shown.
 */
public final class ChartState {
    private final ChartToolkit toolkit;
    private final ResourceBundle bundle;
    private final LatestRequestRunner runner;
    private final ChartHover hover;
    private final ChartExportActions exports;
    private final ReadOnlyObjectWrapper<ShownChart> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ChartSelection selection;
    private final SelectionNotes notes;
    private HiddenGroups hidden = HiddenGroups.none();

    public ChartState(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                      DialogService dialogs, ChartClipboard clipboard, ResourceBundle bundle) {
        this.toolkit = toolkit;
        this.bundle = bundle;
        this.runner = new LatestRequestRunner(executor);
        this.hover = new ChartHover(analysis, executor, new ChartTooltipText(bundle), bundle.getString("charts.sources.task"));
        this.exports = new ChartExportActions(toolkit, executor, dialogs, clipboard, bundle, statusText::set);
        this.selection = new ChartSelection(workspace);
        this.notes = new SelectionNotes(bundle);
    }

    /**
     * Computes the chart in the background and shows it when done, unless a newer request came.
     *
     * @param extra    more work on the same worker (e.g. a count for the view), given the portfolio and request
     * @param andThen  receives the extra result on the FX thread, just after the chart is shown
     */
    public <E> void compute(Portfolio portfolio, ChartRequest request, BiFunction<Portfolio, ChartRequest, E> extra,
                            Consumer<? super E> andThen) {
        HiddenGroups hiddenNow = hidden;
        runner.submit(bundle.getString("charts.task"), progress -> {
            ChartModel model = toolkit.models().create(portfolio, request);
            if (progress.isCancelled()) {
                return null;
            }
            E more = extra.apply(portfolio, request);
            return progress.isCancelled() ? null : new Computed<>(ShownChart.draw(model, hiddenNow, toolkit), more);
        }, computed -> {
            if (computed != null) {
                show(portfolio, computed.chart());
                andThen.accept(computed.extra());
            }
        }, error -> statusText.set(new MessageFormat(bundle.getString("charts.failed"), bundle.getLocale())
                .format(new Object[] {new FailureTexts(Texts.choose(Optional.of(bundle.getLocale()))).say(error)})));
    }

    private void show(Portfolio portfolio, ShownChart chart) {
        ShownChart current = chart.hidden().equals(hidden) ? chart : ShownChart.draw(chart.model(), hidden, toolkit);
        hover.reset(portfolio, current.model());
        statusText.set("");
        // What was marked belongs to the chart being replaced.
        clearSelection();
        shown.set(current);
    }

    /** Forgets the hidden groups, e.g. when the grouping changes and their keys mean nothing any more. */
    public void showAllGroups() {
        hidden = HiddenGroups.none();
    }

    /** Switches a group (a legend entry) off or back on; other legend entries (style swatches, markers) are ignored. */
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
        clearSelection();
        shown.set(ShownChart.draw(current.model(), hidden, toolkit));
    }

    /**
     * Selects the deals behind a clicked segment, bar or marker in every view, marks it and says so
     * in the selection note; a click on anything without deals behind it drops the mark and the note.
     */
    public void select(ChartEntity entity) {
        ShownChart current = shown.get();
        List<String> ids = current != null && entity instanceof XYItemEntity
                ? toolkit.charts().dealIdsAt(current.drawn(), entity) : List.of();
        if (ids.isEmpty()) {
            clearSelection();
            return;
        }
        XYItemEntity item = (XYItemEntity) entity;
        selection.selectAndNote(ids, item, notes.of(current.drawn(), item, ids));
    }

    /** Selects the deals behind one segment (series × period) of a periodic chart, with its note. */
    public void selectSegment(int seriesIndex, int periodIndex) {
        ShownChart current = shown.get();
        List<String> ids = current == null ? List.of() : current.drawn().dealIdsAt(seriesIndex, periodIndex);
        if (ids.isEmpty()) {
            clearSelection();
            return;
        }
        selection.selectAndNote(ids, null, notes.segment(current.drawn(), seriesIndex, periodIndex, ids.size()));
    }

    /** Drops the selection mark and its note (Escape, a click beside the bars); the deals stay selected. */
    public void clearSelection() {
        selection.clear();
    }

    /** The segment, bar or marker whose deals the last click selected, for the view to outline; null for none. */
    public ReadOnlyObjectProperty<XYItemEntity> markedProperty() {
        return selection.markedProperty();
    }

    /** "3 deals of CoreWeave in 2026-Q1 selected — shown in Deals", or empty. */
    public ReadOnlyStringProperty selectionNoteProperty() {
        return selection.noteProperty();
    }

    /** The tooltip of a segment (series × period): at once without sources if they are not looked up yet, then complete. */
    public void segmentTooltip(int seriesIndex, int periodIndex, Consumer<String> show) {
        ShownChart current = shown.get();
        if (current != null) {
            hover.cell(current.drawn(), seriesIndex, periodIndex, show);
        }
    }

    /**
     * The tooltip of a segment: at once without sources if they are not looked up yet, then complete.
     * A running total's item is the end of its period (its area starts one item earlier, from zero).
     */
    public void segmentTooltip(XYItemEntity entity, Consumer<String> show) {
        ShownChart current = shown.get();
        if (current == null) {
            return;
        }
        int period = JFreeChartFactory.periodIndexAt(current.drawn(), entity);
        if (period >= 0 && period < current.drawn().periodStarts().size()) {
            hover.cell(current.drawn(), entity.getSeriesIndex(), period, show);
        }
    }

    /** The tooltip of a bar or marker of one deal: the chart's own text followed by the deal's sources. */
    public void dealTooltip(XYItemEntity entity, Consumer<String> show) {
        ShownChart current = shown.get();
        if (current == null || entity.getToolTipText() == null) {
            return;
        }
        List<String> ids = toolkit.charts().dealIdsAt(current.drawn(), entity);
        if (ids.size() == 1) {
            hover.bar(current.drawn(), entity.getToolTipText(), ids.get(0), show);
        } else {
            show.accept(entity.getToolTipText());
        }
    }

    public void exportWithDialog(double width, double height) {
        ChartModel model = exportModel();
        if (model != null) {
            exports.exportWithDialog(model, suggestedFileName(model), width, height);
        }
    }

    public void copy(double width, double height) {
        ChartModel model = exportModel();
        if (model != null) {
            exports.copy(model, width, height);
        }
    }

    /** What an export of the current chart draws: the computed model without the hidden groups. */
    public ChartModel exportModel() {
        ShownChart current = shown.get();
        return current == null ? null : current.hidden().forExport(current.model());
    }

    private static String suggestedFileName(ChartModel model) {
        return ChartKinds.of(model.type()).fileName(model.request());
    }

    /** The chart on screen; null until the first computation has finished. */
    public ReadOnlyObjectProperty<ShownChart> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ShownChart shown() {
        return shown.get();
    }

    public Set<String> hiddenGroups() {
        return hidden.keys();
    }

    /** The outcome of the last export or copy, or why the chart could not be computed. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The window's chart strings, for the parts every chart view shows alike. */
    ResourceBundle bundle() {
        return bundle;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    private record Computed<E>(ShownChart chart, E extra) {
    }
}
