package com.computefolio.ui;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.LiveChanges;
import com.computefolio.service.PortfolioService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps the window up to date while other windows, processes or users write to the register: the
 * service's watch reports a change, the register is read again through the task executor, and if
 * any deal differs the workspace takes the new register (the table keeps its selection, an open
 * editor follows or says its deal changed) and the status bar says how many deals changed. This
 * window's own saves are in the workspace already, so their echo changes nothing and says nothing.
 */
public final class LiveUpdates {

    private final PortfolioService service;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final Messages messages;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private LiveChanges watch = LiveChanges.NONE;
    private boolean reloading;
    private boolean again;

    /** @param fxThread runs work on the FX thread ({@code Platform::runLater}); the watch reports on its own thread */
    public LiveUpdates(PortfolioService service, WorkspaceModel workspace, TaskExecutor executor, Executor fxThread,
                       Messages messages) {
        this.service = service;
        this.workspace = workspace;
        this.executor = executor;
        this.fxThread = fxThread;
        this.messages = messages;
    }

    /**
     * Watches the register open now, after closing the watch of the one before (call on opening a
     * database). A register that cannot be watched is still usable: it is only not live.
     */
    public void watchOpenRegister() {
        watch.close();
        watch = LiveChanges.NONE;
        notice.set("");
        try {
            LiveChanges next = service.watchChanges();
            next.start(() -> fxThread.execute(this::reload));
            watch = next;
        } catch (RuntimeException e) {
            notice.set(messages.format("status.live.off", messages.failure(e)));
        }
    }

    /** One reload at a time; changes reported meanwhile cause one more once it is done. */
    void reload() {
        if (reloading) {
            again = true;
            return;
        }
        reloading = true;
        Portfolio shown = workspace.portfolio();
        executor.execute(BackgroundTask.of(messages.get("task.loading"), progress -> {
            Portfolio fresh = service.portfolio();
            return new Reloaded(shown, fresh, changedDeals(shown, fresh));
        }).onSuccess(this::apply).onFailure(error -> finished()));
    }

    private record Reloaded(Portfolio shown, Portfolio fresh, int changed) {
    }

    private void apply(Reloaded reloaded) {
        if (workspace.portfolio() != reloaded.shown()) {
            // The window saved or imported meanwhile: compare again with what it shows now.
            again = true;
        } else {
            Portfolio fresh = reloaded.fresh();
            if (reloaded.changed() > 0 || !fresh.parties().equals(reloaded.shown().parties())
                    || !fresh.contextSeries().equals(reloaded.shown().contextSeries())) {
                workspace.setPortfolio(fresh);
            }
            if (reloaded.changed() > 0) {
                notice.set(messages.format("status.live.updated", reloaded.changed()));
            }
        }
        finished();
    }

    private void finished() {
        reloading = false;
        if (again) {
            again = false;
            reload();
        }
    }

    /** Deals added, deleted or at another version than the window has (every write moves a deal's version on). */
    static int changedDeals(Portfolio shown, Portfolio fresh) {
        Map<String, Deal> before = new HashMap<>();
        shown.deals().forEach(d -> before.put(d.id(), d));
        int changed = 0;
        for (Deal deal : fresh.deals()) {
            Deal old = before.remove(deal.id());
            if (old == null || old.version() != deal.version()) {
                changed++;
            }
        }
        return changed + before.size();
    }

    /** What the status bar says about the last update from elsewhere; empty until there is one. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void close() {
        watch.close();
        watch = LiveChanges.NONE;
    }
}
