package com.computefolio.ui;

import com.computefolio.service.output.RefusedOutputException;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * How the window tells the user an export or a copy of the database did not happen: a file that
 * would land on the open register is refused in the user's words, a cancelled export says nothing,
 * and any other failure names the file and the cause.
 */
final class OutputRefusals {
    private final DialogService dialogs;
    private final Messages messages;

    OutputRefusals(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Shows why nothing was written to {@code target}; the failure dialog's title and text unless it was a refusal. */
    void exportFailed(Throwable error, Path target) {
        if (error instanceof CancellationException) {
            return; // the user pressed Cancel: nothing was written and nothing needs saying
        }
        if (!showRefusal(error)) {
            dialogs.showError(messages.get("file.export.failed.title"), messages.format("file.export.failed", target),
                    List.of(messages.failure(error)));
        }
    }

    /** Shows the refusal dialog when the error is one; returns whether it was. */
    boolean showRefusal(Throwable error) {
        if (!(error instanceof RefusedOutputException refused)) {
            return false;
        }
        dialogs.showError(messages.get("file.refused.title"), text(refused), List.of());
        return true;
    }

    private String text(RefusedOutputException refused) {
        String db = refused.database().toString();
        String why = switch (refused.what()) {
            case REGISTER -> messages.get("file.refused.register");
            case WORKING_FILE -> messages.format("file.refused.workingFile", db);
            case BACKUP -> messages.format("file.refused.backup", db);
        };
        return messages.format("file.refused", refused.target(), why);
    }
}
