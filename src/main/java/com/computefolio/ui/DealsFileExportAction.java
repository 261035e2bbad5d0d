package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ExportService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.ExportNames;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * File > Export > Deals as CSV, as XLSX, Portfolio as JSON: the filtered register in one of its
 * data formats. One chooser offers the three, the menu's first: picking another type, or typing a
 * name ending in another one's extension, writes that format instead.
 */
final class DealsFileExportAction {

    /** The three data formats, each with its writer. */
    enum DataFormat {
        CSV("csv"), XLSX("xlsx"), JSON("json");

        private final String extension;

        DataFormat(String extension) {
            this.extension = extension;
        }
    }

    private final Supplier<ExportService> exports;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final OutputRefusals refusals;

    DealsFileExportAction(Supplier<ExportService> exports, WorkspaceModel workspace, TaskExecutor executor, DialogService dialogs,
                          Messages messages, Clock clock) {
        this.exports = exports;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.refusals = new OutputRefusals(dialogs, messages);
    }

    void export(DataFormat first) {
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        List<DataFormat> order = new ArrayList<>(List.of(first));
        for (DataFormat other : DataFormat.values()) {
            if (other != first) {
                order.add(other);
            }
        }
        FileSpec spec = new FileSpec(messages.get("file.export.title"), order.stream().map(this::type).toList(), null,
                ExportNames.defaultName(first == DataFormat.JSON ? "computefolio-portfolio" : "computefolio-deals", filter,
                        LocalDate.now(clock), first.extension));
        dialogs.saveExport(spec).ifPresent(choice -> {
            DataFormat format = order.get(choice.type());
            Path target = choice.file();
            executor.execute(BackgroundTask.of(messages.get("task.exporting"), progress -> {
                write(format, exports.get(), portfolio, filter, target, ExportFiles.control(progress));
                return target;
            }).onSuccess(written -> dialogs.showExported(messages.get("file.export.done.title"),
                    messages.format("file.export.done", written), written))
                    .onFailure(error -> refusals.exportFailed(error, target)));
        });
    }

    private FileType type(DataFormat format) {
        return switch (format) {
            case CSV -> FileType.of(messages.get("file.type.csv"), "*.csv");
            case XLSX -> FileType.of(messages.get("file.type.xlsx"), "*.xlsx");
            case JSON -> FileType.of(messages.get("file.type.json"), "*.json");
        };
    }

    /**
     * The XLSX workbook holds, beside the filtered deals, the numbers of the commitments chart (by
     * counterparty per quarter), so an analyst can check the chart's totals against the deals in one file.
     */
    private static void write(DataFormat format, ExportService service, Portfolio portfolio, DealFilter filter, Path out,
                              ExportControl control) {
        switch (format) {
            case CSV -> service.writeDealsCsv(portfolio, filter, out, control);
            case JSON -> service.writePortfolioJson(portfolio, filter, out, control);
            case XLSX -> {
                ChartModel commitments = service.chart(portfolio,
                        ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, filter));
                service.writeXlsx(portfolio, filter, List.of(commitments), out, control);
            }
        }
    }
}
