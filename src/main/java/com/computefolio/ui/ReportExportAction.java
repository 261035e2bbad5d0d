package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.export.ExportService;
import com.computefolio.service.export.ReportRequest;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.common.ExportNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * File > Export report: asks for a PDF and builds the standard report of the current portfolio and
 * filter in the background. The report's progress drives the status bar and its Cancel button;
 * a cancelled report writes nothing (the builder only moves a finished file into place), so the
 * user is not told anything more than the disappearing progress bar.
 */
final class ReportExportAction {
    private final Supplier<ExportService> exports;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final OutputRefusals refusals;

    ReportExportAction(Supplier<ExportService> exports, WorkspaceModel workspace, TaskExecutor executor, DialogService dialogs,
                       Messages messages, Clock clock) {
        this.clock = clock;
        this.exports = exports;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.refusals = new OutputRefusals(dialogs, messages);
    }

    void run() {
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        dialogs.saveExport(FileSpec.of(messages.get("export.report.title"), FileType.of(messages.get("file.type.pdf"), "*.pdf"))
                        .withInitialFileName(ExportNames.defaultName("computefolio-report", filter, LocalDate.now(clock), "pdf")))
                .map(DialogService.SaveChoice::file)
                .ifPresent(target -> executor.execute(BackgroundTask.of(messages.get("task.report"), progress ->
                        exports.get().writeReport(portfolio, ReportRequest.standard(filter, target, null), ExportFiles.control(progress)))
                        .onSuccess(result -> dialogs.showExported(messages.get("file.export.done.title"),
                                messages.format("export.report.done", result.pdf(), result.pages()), result.pdf()))
                        .onFailure(error -> refusals.exportFailed(error, target))));
    }
}
