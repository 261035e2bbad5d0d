package com.computefolio.ui.deals;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TaskHandle;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deals table's state: the rows that pass the workspace filter and their totals. Small
 * portfolios are filtered at once on the FX thread; large ones on a worker, where a newer request
 * cancels the older one and a stale result is never shown (latest request wins).
 */
public final class DealsViewModel {
    /** Below this many deals a filter pass takes well under a millisecond: no thread hop needed. */
    static final int BACKGROUND_THRESHOLD = 20_000;

    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final Messages messages;
    private final int backgroundThreshold;
    private final ObservableList<DealRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DealTotals> totals = new ReadOnlyObjectWrapper<>(DealTotals.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private DealIndex index = DealIndex.empty();
    private long generation;
    private TaskHandle pending;

    public DealsViewModel(WorkspaceModel workspace, TaskExecutor executor, Messages messages) {
        this(workspace, executor, messages, BACKGROUND_THRESHOLD);
    }

    DealsViewModel(WorkspaceModel workspace, TaskExecutor executor, Messages messages, int backgroundThreshold) {
        this.workspace = workspace;
        this.executor = executor;
        this.messages = messages;
        this.backgroundThreshold = backgroundThreshold;
        workspace.portfolioProperty().addListener((obs, old, portfolio) -> reindex(portfolio));
        workspace.filterProperty().addListener((obs, old, filter) -> refilter());
        reindex(workspace.portfolio());
    }

    private void reindex(Portfolio portfolio) {
        if (portfolio.deals().size() < backgroundThreshold) {
            index = DealIndex.of(portfolio);
            refilter();
            return;
        }
        long request = ++generation;
        cancelPending();
        busy.set(true);
        pending = executor.execute(BackgroundTask.of(messages.get("task.indexing"), progress -> {
            DealIndex built = DealIndex.of(portfolio);
            DealRowFilter.Result result = DealRowFilter.apply(built, workspace.filter(), progress::isCancelled);
            return new Indexed(built, result);
        }).onSuccess(indexed -> {
            if (request == generation) {
                index = indexed.index();
                show(indexed.result());
            }
        }));
    }

    private void refilter() {
        DealFilter filter = workspace.filter();
        long request = ++generation;
        cancelPending();
        if (index.size() < backgroundThreshold) {
            show(DealRowFilter.apply(index, filter));
            return;
        }
        DealIndex current = index;
        busy.set(true);
        pending = executor.execute(BackgroundTask.of(messages.get("task.filtering"),
                progress -> DealRowFilter.apply(current, filter, progress::isCancelled))
                .onSuccess(result -> {
                    if (request == generation && result != null) {
                        show(result);
                    }
                }));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void show(DealRowFilter.Result result) {
        busy.set(false);
        pending = null;
        rows.setAll(result.rows());
        totals.set(result.totals());
    }

    /** The rows under the current filter, in portfolio order (the table sorts its own view). */
    public ObservableList<DealRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<DealTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public DealTotals totals() {
        return totals.get();
    }

    /** True while a background filter pass is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Called by the view when the user selects rows; shared with the other views. */
    public void selectDeals(Collection<String> dealIds) {
        if (!workspace.selectedDealIds().equals(java.util.Set.copyOf(dealIds))) {
            workspace.selectedDealIds().clear();
            workspace.selectedDealIds().addAll(dealIds);
        }
    }

    public List<String> selectedDealIds() {
        return List.copyOf(workspace.selectedDealIds());
    }

    private record Indexed(DealIndex index, DealRowFilter.Result result) {
    }
}
