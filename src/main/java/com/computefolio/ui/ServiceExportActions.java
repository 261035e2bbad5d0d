package com.computefolio.ui;

import com.computefolio.service.PortfolioService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The exports the portfolio service does by itself: the filtered portfolio as JSON and the
 * filtered deals as CSV. Chart, report and XLSX belong to the export service and are not
 * supported here (their menu items stay disabled until that implementation is wired in).
 */
public final class ServiceExportActions implements ExportActions {
    private final PortfolioService service;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    public ServiceExportActions(PortfolioService service, WorkspaceModel workspace, TaskExecutor executor,
                                DialogService dialogs, Messages messages) {
        this.service = service;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public void exportJson() {
        export(FileType.of(messages.get("file.type.json"), "*.json"), "portfolio.json", service::exportJson);
    }

    @Override
    public void exportDealsCsv() {
        export(FileType.of(messages.get("file.type.csv"), "*.csv"), "deals.csv", service::exportDealsCsv);
    }

    private void export(FileType type, String defaultName, BiConsumer<Path, com.computefolio.service.DealFilter> write) {
        var filter = workspace.filter();
        dialogs.saveFile(FileSpec.of(messages.get("file.export.title"), type).withInitialFileName(defaultName))
                .ifPresent(target -> executor.execute(BackgroundTask.of(messages.get("task.exporting"), progress -> {
                    write.accept(target, filter);
                    return target;
                }).onSuccess(written -> dialogs.showInfo(messages.get("file.export.done.title"),
                        messages.format("file.export.done", written)))
                        .onFailure(error -> dialogs.showError(messages.get("file.export.failed.title"),
                                messages.format("file.export.failed", target), List.of(String.valueOf(error.getMessage()))))));
    }

    @Override
    public void exportChart() {
        throw new UnsupportedOperationException("chart export is provided by the export service");
    }

    @Override
    public void exportReport() {
        throw new UnsupportedOperationException("report export is provided by the export service");
    }

    @Override
    public void exportDealsXlsx() {
        throw new UnsupportedOperationException("XLSX export is provided by the export service");
    }

    @Override
    public boolean supports(Kind kind) {
        return kind == Kind.JSON || kind == Kind.DEALS_CSV;
    }
}
