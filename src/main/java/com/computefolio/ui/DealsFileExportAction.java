package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ExportService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.util.function.Supplier;

/** File > Export > Portfolio as JSON and Deals as CSV: the filtered register in its importable formats. */
final class DealsFileExportAction {

    /** One of the two writers of the export service. */
    @FunctionalInterface
    private interface Writer {
        int write(ExportService service, Portfolio portfolio, DealFilter filter, Path out, ExportControl control);
    }

    private final Supplier<ExportService> exports;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final OutputRefusals refusals;

    DealsFileExportAction(Supplier<ExportService> exports, WorkspaceModel workspace, TaskExecutor executor, DialogService dialogs,
                          Messages messages) {
        this.exports = exports;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.refusals = new OutputRefusals(dialogs, messages);
    }

    void exportJson() {
        export(FileType.of(messages.get("file.type.json"), "*.json"), "portfolio.json", ExportService::writePortfolioJson);
    }

    void exportDealsCsv() {
        export(FileType.of(messages.get("file.type.csv"), "*.csv"), "deals.csv", ExportService::writeDealsCsv);
    }

    private void export(FileType type, String defaultName, Writer writer) {
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        dialogs.saveFile(FileSpec.of(messages.get("file.export.title"), type).withInitialFileName(defaultName))
                .ifPresent(target -> executor.execute(BackgroundTask.of(messages.get("task.exporting"), progress -> {
                    writer.write(exports.get(), portfolio, filter, target, ExportFiles.control(progress));
                    return target;
                }).onSuccess(written -> dialogs.showInfo(messages.get("file.export.done.title"),
                        messages.format("file.export.done", written)))
                        .onFailure(error -> refusals.exportFailed(error, target))));
    }
}
