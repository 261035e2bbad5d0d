package com.computefolio.ui;

import com.computefolio.app.ExportServices;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.export.ReportRequest;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * File > Export report: asks for a PDF and builds the standard report of the current portfolio and
 * filter in the background. The report's progress drives the status bar and its Cancel button;
 * a cancelled report writes nothing (the builder only moves a finished file into place), so the
 * user is not told anything more than the disappearing progress bar.
 */
final class ReportExportAction {
    /** The status bar shows a fraction; the builder reports 0..1, so it is passed on in thousandths. */
    private static final long PROGRESS_STEPS = 1000;

    private final Supplier<ExportServices> exports;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    ReportExportAction(Supplier<ExportServices> exports, WorkspaceModel workspace, TaskExecutor executor, DialogService dialogs,
                       Messages messages) {
        this.exports = exports;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    void run() {
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        dialogs.saveFile(FileSpec.of(messages.get("export.report.title"), FileType.of(messages.get("file.type.pdf"), "*.pdf"))
                        .withInitialFileName("report.pdf"))
                .map(chosen -> ExportFiles.withExtension(chosen, "pdf"))
                .ifPresent(target -> executor.execute(BackgroundTask.of(messages.get("task.report"), progress -> {
                    ReportRequest request = ReportRequest.standard(filter, target, null);
                    return exports.get().reports().build(portfolio, request,
                            (fraction, message) -> progress.update(Math.round(fraction * PROGRESS_STEPS), PROGRESS_STEPS),
                            progress::isCancelled);
                }).onSuccess(result -> dialogs.showInfo(messages.get("file.export.done.title"),
                        messages.format("export.report.done", result.pdf().getFileName(), result.pages())))
                        .onFailure(error -> failed(error, target))));
    }

    private void failed(Throwable error, Path target) {
        if (error instanceof CancellationException) {
            return; // the user pressed Cancel: nothing was written and nothing needs saying
        }
        dialogs.showError(messages.get("file.export.failed.title"), messages.format("file.export.failed", target),
                List.of(String.valueOf(error.getMessage())));
    }
}
