package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.export.ExportService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * File > Export deals as XLSX: one workbook with the filtered deals and, beside them, the numbers
 * of the commitments chart (by counterparty per quarter), so an analyst can check the chart's
 * totals against the deals in one file. Everything is computed and written off the FX thread.
 */
final class DealsXlsxExportAction {
    private final Supplier<ExportService> exports;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final OutputRefusals refusals;

    DealsXlsxExportAction(Supplier<ExportService> exports, WorkspaceModel workspace, TaskExecutor executor,
                          DialogService dialogs, Messages messages) {
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
        dialogs.saveFile(FileSpec.of(messages.get("file.export.title"), FileType.of(messages.get("file.type.xlsx"), "*.xlsx"))
                        .withInitialFileName("deals.xlsx"))
                .map(chosen -> ExportFiles.withExtension(chosen, "xlsx"))
                .ifPresent(target -> executor.execute(BackgroundTask.of(messages.get("task.exporting"), progress -> {
                    ExportService service = exports.get();
                    ChartModel commitments = service.chart(portfolio,
                            ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, filter));
                    service.writeXlsx(portfolio, filter, List.of(commitments), target, ExportFiles.control(progress));
                    return target;
                }).onSuccess(written -> dialogs.showInfo(messages.get("file.export.done.title"),
                        messages.format("file.export.done", written.getFileName())))
                        .onFailure(error -> refusals.exportFailed(error, target))));
    }
}
