package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.service.PortfolioService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.List;
import java.util.function.Consumer;

/**
 * The portfolio-level history: every saved edit, new deal and delete, so that Undo after a save
 * puts the previous deal back into the database (and Redo the newer one).
 */
public final class SavedChanges {
    private final UndoManager history;
    private final PortfolioService service;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    public SavedChanges(UndoManager history, PortfolioService service, WorkspaceModel workspace, TaskExecutor executor,
                        DialogService dialogs, Messages messages) {
        this.history = history;
        this.service = service;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public UndoManager history() {
        return history;
    }

    /** @param before the deal as it was stored, or null for a new deal */
    void saved(Deal before, Deal after) {
        String key = before == null ? "undo.createDeal" : "undo.saveDeal";
        history.record(new StoredDealEdit(before, after, messages.format(key, messages.dealTitle(after)), this::store));
    }

    void deleted(Deal before) {
        history.record(new StoredDealEdit(before, null, messages.format("undo.deleteDeal", messages.dealTitle(before)), this::store));
    }

    private void store(Deal target, Deal current, Consumer<Deal> done) {
        executor.execute(BackgroundTask.of(messages.get("task.saving"), progress -> {
            if (target == null) {
                service.delete(current.id(), current.version());
                return (Deal) null;
            }
            return service.save(target.withVersion(current == null ? 0 : current.version()));
        }).onSuccess(result -> {
            if (result == null) {
                workspace.removeDeal(current.id());
            } else {
                workspace.replaceDeal(result);
            }
            done.accept(result);
        }).onFailure(error -> dialogs.showError(messages.get("undo.failed.title"),
                messages.get("undo.failed.message"), List.of(messages.failure(error)))));
    }
}
