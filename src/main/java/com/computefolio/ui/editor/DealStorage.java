package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.ValidationException;
import com.computefolio.service.text.ProblemTexts;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import java.util.List;
import java.util.Optional;

/**
 * Writes the editor's deal to the database in the background and talks the user through what can
 * go wrong: a refused save lists its problems, a conflicting save offers Reload or Overwrite, and a
 * failure says what failed. Nothing is lost silently.
 */
final class DealStorage {

    /** What became of a save or delete; every call ends in exactly one of these, on the FX thread. */
    interface Outcome {
        void saved(Deal before, Deal saved);

        /** The user chose to reload after a conflict: the stored deal, or empty if it was deleted meanwhile. */
        void reloaded(Optional<Deal> stored);

        void deleted(Deal deleted);

        /** Nothing changed (failed, or the user cancelled). */
        void unchanged();
    }

    private enum ConflictChoice { RELOAD, OVERWRITE, CANCEL }

    private final PortfolioService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    DealStorage(PortfolioService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** @param before the deal as stored, or null for a new one (for the undo history) */
    /** @param note the reason the user gave, kept with the save in the audit trail */
    void save(Deal before, Deal deal, AuditNote note, Outcome outcome) {
        executor.execute(BackgroundTask.of(messages.get("task.saving"), progress -> service.save(deal, note))
                .onSuccess(saved -> outcome.saved(before, saved))
                .onFailure(error -> saveFailed(before, deal, note, error, outcome)));
    }

    private void saveFailed(Deal before, Deal deal, AuditNote note, Throwable error, Outcome outcome) {
        if (error instanceof ConcurrentEditException) {
            resolveConflict(before, deal, note, outcome);
            return;
        }
        if (error instanceof ValidationException invalid) {
            dialogs.showError(messages.get("editor.save.refused.title"), messages.get("editor.save.refused"),
                    invalid.problems().stream().map(new ProblemTexts(messages.texts())::describe).toList());
        } else {
            dialogs.showError(messages.get("editor.save.failed.title"), messages.get("editor.save.failed"),
                    List.of(messages.failure(error)));
        }
        outcome.unchanged();
    }

    private void resolveConflict(Deal before, Deal deal, AuditNote note, Outcome outcome) {
        Optional<ConflictChoice> choice = dialogs.choose(messages.get("editor.conflict.title"),
                messages.format("editor.conflict.message", messages.dealTitle(deal)), List.of(ConflictChoice.values()),
                c -> switch (c) {
                    case RELOAD -> messages.get("editor.conflict.reload");
                    case OVERWRITE -> messages.get("editor.conflict.overwrite");
                    case CANCEL -> messages.get("editor.conflict.cancel");
                });
        if (choice.isEmpty() || choice.get() == ConflictChoice.CANCEL) {
            outcome.unchanged();
        } else if (choice.get() == ConflictChoice.OVERWRITE) {
            executor.execute(BackgroundTask.of(messages.get("task.saving"), progress -> service.overwrite(deal, note))
                    .onSuccess(saved -> outcome.saved(before, saved))
                    .onFailure(error -> saveFailed(before, deal, note, error, outcome)));
        } else {
            executor.execute(BackgroundTask.of(messages.get("task.loading"), progress -> service.deal(deal.id()))
                    .onSuccess(outcome::reloaded)
                    .onFailure(error -> saveFailed(before, deal, note, error, outcome)));
        }
    }

    void delete(Deal deal, AuditNote note, Outcome outcome) {
        executor.execute(BackgroundTask.of(messages.get("task.deleting"), progress -> {
            service.delete(deal.id(), deal.version(), note);
            return deal;
        }).onSuccess(outcome::deleted).onFailure(error -> {
            dialogs.showError(messages.get("editor.delete.failed.title"), messages.get("editor.delete.failed"),
                    List.of(messages.failure(error)));
            outcome.unchanged();
        }));
    }
}
