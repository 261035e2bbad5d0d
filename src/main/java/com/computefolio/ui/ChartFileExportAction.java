package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.export.ChartSizes;
import com.computefolio.service.export.ExportFormat;
import com.computefolio.service.export.ExportService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File > Export chart: writes the chart the Charts tab shows (as exported from there: hidden groups
 * left out) or, before that tab has drawn anything, the default commitments chart by counterparty
 * per quarter for the current filter. The file's extension picks SVG, PDF or PNG; without one it
 * is SVG. The chart is drawn at the standalone size the command line uses, not the window's size.
 */
final class ChartFileExportAction {
    private final Supplier<ExportService> exports;
    private final Supplier<Optional<ChartModel>> shownChart;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final OutputRefusals refusals;

    /** @param shownChart the chart on screen in the Charts tab, read on the FX thread; empty when there is none */
    ChartFileExportAction(Supplier<ExportService> exports, Supplier<Optional<ChartModel>> shownChart, WorkspaceModel workspace,
                          TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.exports = exports;
        this.shownChart = shownChart;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.refusals = new OutputRefusals(dialogs, messages);
    }

    void run() {
        Optional<ChartModel> shown = shownChart.get();
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        FileSpec spec = FileSpec.of(messages.get("file.export.title"),
                FileType.of(messages.get("file.type.svg"), "*.svg"),
                FileType.of(messages.get("file.type.chartPdf"), "*.pdf"),
                FileType.of(messages.get("file.type.png"), "*.png")).withInitialFileName("chart.svg");
        dialogs.saveFile(spec).ifPresent(chosen -> {
            ExportFormat format = ExportFormat.ofFileName(chosen).orElse(ExportFormat.SVG);
            Path target = ExportFiles.withExtension(chosen, format.extension());
            executor.execute(BackgroundTask.of(messages.get("task.exporting"), progress -> {
                ExportService service = exports.get();
                ChartModel model = shown.orElseGet(() -> service.chart(portfolio,
                        ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, filter)));
                service.writeChart(model, format, ChartSizes.standalone(model, 1), target, ExportFiles.control(progress));
                return target;
            }).onSuccess(written -> dialogs.showInfo(messages.get("file.export.done.title"),
                    messages.format("file.export.done", written.getFileName())))
                    .onFailure(error -> refusals.exportFailed(error, target)));
        });
    }
}
