package com.computefolio.ui;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.export.ExportService;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every File > Export item, each through the one export service: the actions only ask for a file
 * and run the export in the background. The service is made on first use, off the FX thread,
 * because loading the chart fonts is not free and many sessions never export.
 */
public final class FullExportActions implements ExportActions {
    private final DealsFileExportAction dealsFiles;
    private final ChartFileExportAction chart;
    private final ReportExportAction report;

    /**
     * @param exports    the export service; asked on a worker thread, at most once
     * @param shownChart the chart on screen in the Charts tab (read on the FX thread), empty when none is drawn
     */
    public FullExportActions(Supplier<ExportService> exports, Supplier<Optional<ChartModel>> shownChart, WorkspaceModel workspace,
                             TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(exports, shownChart, workspace, executor, dialogs, messages, Clock.systemDefaultZone());
    }

    /** @param clock today's date, in the default file names */
    public FullExportActions(Supplier<ExportService> exports, Supplier<Optional<ChartModel>> shownChart, WorkspaceModel workspace,
                             TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock) {
        Supplier<ExportService> once = new Once(exports);
        this.dealsFiles = new DealsFileExportAction(once, workspace, executor, dialogs, messages, clock);
        this.chart = new ChartFileExportAction(once, shownChart, workspace, executor, dialogs, messages, clock);
        this.report = new ReportExportAction(once, workspace, executor, dialogs, messages, clock);
    }

    @Override
    public void exportChart() {
        chart.run();
    }

    @Override
    public void exportReport() {
        report.run();
    }

    @Override
    public void exportDealsCsv() {
        dealsFiles.export(DealsFileExportAction.DataFormat.CSV);
    }

    @Override
    public void exportDealsXlsx() {
        dealsFiles.export(DealsFileExportAction.DataFormat.XLSX);
    }

    @Override
    public void exportJson() {
        dealsFiles.export(DealsFileExportAction.DataFormat.JSON);
    }

    @Override
    public boolean supports(Kind kind) {
        return true;
    }

    /** Asks its source once; two exports started together share the one result. */
    private static final class Once implements Supplier<ExportService> {
        private final Supplier<ExportService> source;
        private ExportService made;

        Once(Supplier<ExportService> source) {
            this.source = source;
        }

        @Override
        public synchronized ExportService get() {
            if (made == null) {
                made = source.get();
            }
            return made;
        }
    }
}
