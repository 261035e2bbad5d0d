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
import com.computefolio.service.chart.ChartKinds;
import com.computefolio.ui.common.ExportNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * File > Export chart: writes the chart the Charts tab shows (as exported from there: hidden groups
 * left out) or, before that tab has drawn anything, the default commitments chart by counterparty
 * per quarter for the current filter. The type chosen in the chooser, or the extension typed,
 * picks SVG, PDF or PNG. The chart is drawn at the standalone size the command line uses, not the window's size.
 */
final class ChartFileExportAction {
    private final Supplier<ExportService> exports;
    private final Supplier<Optional<ChartModel>> shownChart;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final OutputRefusals refusals;
    /** In the order the chooser offers them. */
    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.SVG, ExportFormat.PDF, ExportFormat.PNG);

    /** @param shownChart the chart on screen in the Charts tab, read on the FX thread; empty when there is none */
    ChartFileExportAction(Supplier<ExportService> exports, Supplier<Optional<ChartModel>> shownChart, WorkspaceModel workspace,
                          TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock) {
        this.clock = clock;
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
        ChartRequest request = shown.map(ChartModel::request)
                .orElse(ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, filter));
        FileSpec spec = FileSpec.of(messages.get("file.export.title"),
                FileType.of(messages.get("file.type.svg"), "*.svg"),
                FileType.of(messages.get("file.type.chartPdf"), "*.pdf"),
                FileType.of(messages.get("file.type.png"), "*.png"))
                .withInitialFileName(ExportNames.defaultName(ChartKinds.of(request.type()).fileName(request), request.filter(),
                        LocalDate.now(clock), ExportFormat.SVG.extension()));
        dialogs.saveExport(spec).ifPresent(choice -> {
            ExportFormat format = FORMATS.get(choice.type());
            Path target = choice.file();
            executor.execute(BackgroundTask.of(messages.get("task.exporting"), progress -> {
                ExportService service = exports.get();
                ChartModel model = shown.orElseGet(() -> service.chart(portfolio, request));
                service.writeChart(model, format, ChartSizes.standalone(model, 1), target, ExportFiles.control(progress));
                return target;
            }).onSuccess(written -> dialogs.showExported(messages.get("file.export.done.title"),
                    messages.format("file.export.done", written), written))
                    .onFailure(error -> refusals.exportFailed(error, target)));
        });
    }
}
