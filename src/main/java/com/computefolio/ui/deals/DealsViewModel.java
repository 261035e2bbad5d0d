package com.computefolio.ui.deals;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.NettingLine;
import com.computefolio.service.SummaryRow;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TaskHandle;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The deals table's state: the analysis service's {@link DealSelection} for the workspace's
 * portfolio and filter, and its rows as the table shows them. The selection, its totals included,
 * is the very value the command line's {@code list} and {@code summary} print. Small portfolios
 * are selected at once on the FX thread; large ones on a worker, where a newer request cancels the
 * older one and a stale result is never shown (latest request wins). The worker also sorts the rows
 * in the table's order and finds the selected deals among them ({@link TableRows}), so the FX thread
 * only swaps the table's list: nothing it does after a keystroke grows with the number of rows.
 */
public final class DealsViewModel {
    /** Below this many deals a selection takes well under a millisecond once scheduled: no thread hop needed. */
    static final int BACKGROUND_THRESHOLD = 20_000;

    private final WorkspaceModel workspace;
    private final AnalysisService analysis;
    private final TaskExecutor executor;
    private final Messages messages;
    private final int backgroundThreshold;
    /** The rows in the selection's order, as last shown. */
    private List<DealRow> rows = List.of();
    private RowOrder order = RowOrder.UNSORTED;
    private final ReadOnlyObjectWrapper<TableRows> tableRows = new ReadOnlyObjectWrapper<>(TableRows.EMPTY);
    private final DealRowCache rowCache = new DealRowCache();
    private final ReadOnlyObjectWrapper<DealSelection> selection =
            new ReadOnlyObjectWrapper<>(DealSelection.empty(DealSelectionQuery.of(DealFilter.ALL)));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Portfolio selectedFrom;
    private long generation;
    private TaskHandle pending;
    private boolean active = true;
    private boolean stale;

    public DealsViewModel(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, Messages messages) {
        this(workspace, analysis, executor, messages, BACKGROUND_THRESHOLD);
    }

    DealsViewModel(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, Messages messages,
                   int backgroundThreshold) {
        this.workspace = workspace;
        this.analysis = analysis;
        this.executor = executor;
        this.messages = messages;
        this.backgroundThreshold = backgroundThreshold;
        workspace.portfolioProperty().addListener((obs, old, portfolio) -> refresh());
        workspace.filterProperty().addListener((obs, old, filter) -> refresh());
        refresh();
    }

    /**
     * Whether the table can be seen. While another tab is in front a keystroke would select 100,000
     * deals for nobody, on the cores the chart in front needs: changes only mark the rows stale, and
     * they are selected again once the table shows. Active from the start.
     */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active && stale) {
            refresh();
        }
    }

    private void refresh() {
        if (!active) {
            stale = true;
            // What runs is for a filter the table will not show: the table selects afresh when shown.
            generation++;
            cancelPending();
            busy.set(false);
            return;
        }
        stale = false;
        Portfolio portfolio = workspace.portfolio();
        DealSelectionQuery query = DealSelectionQuery.of(workspace.filter());
        long request = ++generation;
        cancelPending();
        RowOrder by = order;
        Set<String> chosen = Set.copyOf(workspace.selectedDealIds());
        if (portfolio.deals().size() < backgroundThreshold) {
            show(shown(portfolio, analysis.select(portfolio, query), by, chosen));
            selectedFrom = portfolio;
            return;
        }
        // A register not seen before is indexed and scheduled by the service on this first pass.
        String title = messages.get(portfolio == selectedFrom ? "task.filtering" : "task.indexing");
        selectedFrom = portfolio;
        busy.set(true);
        pending = executor.execute(BackgroundTask.of(title,
                        progress -> shown(portfolio, analysis.select(portfolio, query, progress::isCancelled), by, chosen))
                .onSuccess(shown -> {
                    if (request == generation) {
                        show(shown);
                    }
                }));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /**
     * The order of the table's rows (the user's sort), read from the table on the FX thread. The rows
     * shown are sorted again, on a worker for a large register; the same order again costs nothing.
     */
    void setOrder(RowOrder newOrder) {
        if (newOrder.equals(order)) {
            return;
        }
        order = newOrder;
        if (!active || stale || pending != null) {
            // A selection is due or under way: it sorts by the new order when it is made.
            refresh();
            return;
        }
        List<DealRow> current = rows;
        Set<String> chosen = Set.copyOf(workspace.selectedDealIds());
        long request = ++generation;
        if (current.size() < backgroundThreshold) {
            tableRows.set(TableRows.prepare(current, newOrder, chosen));
            return;
        }
        busy.set(true);
        pending = executor.execute(BackgroundTask.of(messages.get("task.sorting"),
                        progress -> TableRows.prepare(current, newOrder, chosen))
                .onSuccess(sorted -> {
                    if (request == generation) {
                        busy.set(false);
                        pending = null;
                        tableRows.set(sorted);
                    }
                }));
    }

    private void show(Shown shown) {
        busy.set(false);
        pending = null;
        rows = shown.rows();
        tableRows.set(shown.table());
        selection.set(shown.selection());
    }

    /** The rows under the current filter, in the selection's order (the table shows them in its own order, {@link #tableRowsProperty()}). */
    public List<DealRow> rows() {
        return rows;
    }

    /**
     * The rows as the table shows them: sorted in its order, with the positions of the deals that were
     * selected when they were made. Replaced, never changed, on the FX thread.
     */
    public ReadOnlyObjectProperty<TableRows> tableRowsProperty() {
        return tableRows.getReadOnlyProperty();
    }

    /** The deals under the current filter with their totals and caveats, as last computed. */
    public ReadOnlyObjectProperty<DealSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** What the status bar shows: the totals of the current selection. */
    public SummaryRow totals() {
        return selection.get().totals();
    }

    /** True until the workspace has its first portfolio (the window shows before it arrives). */
    public javafx.beans.binding.BooleanBinding loadingProperty() {
        return workspace.loadedProperty().not();
    }

    /** True while a background selection is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Called by the view when the user selects rows; shared with the other views. */
    public void selectDeals(Collection<String> dealIds) {
        if (!workspace.selectedDealIds().equals(Set.copyOf(dealIds))) {
            workspace.selectedDealIds().clear();
            workspace.selectedDealIds().addAll(dealIds);
        }
    }

    public List<String> selectedDealIds() {
        return List.copyOf(workspace.selectedDealIds());
    }

    /**
     * The selection with its rows (and its totals added), the rows sorted in the table's order and the
     * selected deals found among them: made on the worker so the FX thread only swaps them in.
     */
    private Shown shown(Portfolio portfolio, DealSelection selection, RowOrder by, Set<String> chosen) {
        selection.totalsFit(); // the totals are added here, off the FX thread, not when the status bar reads them
        Map<String, NettingLine> netting = new HashMap<>();
        // Read from the selection: asking the service would match the whole register a second time.
        selection.netting().forEach(line -> netting.put(line.umbrellaId(), line));
        List<DealRow> rows = rowCache.rowsOf(portfolio, selection, netting, messages.texts().locale());
        return new Shown(selection, rows, TableRows.prepare(rows, by, chosen));
    }

    private record Shown(DealSelection selection, List<DealRow> rows, TableRows table) {
    }
}
