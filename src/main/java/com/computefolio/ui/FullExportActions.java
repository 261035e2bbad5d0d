package com.computefolio.ui;

import com.computefolio.app.ExportServices;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every File > Export item: JSON and CSV through the portfolio service ({@link ServiceExportActions}),
 * chart, report and XLSX through the export services. Those are made on first use, off the FX
 * thread, because loading the chart fonts is not free and many sessions never export.
 */
public final class FullExportActions implements ExportActions {
    private final ServiceExportActions serviceExports;
    private final ChartFileExportAction chart;
    private final ReportExportAction report;
    private final DealsXlsxExportAction xlsx;

    /**
     * @param exports    the chart and export services; asked on a worker thread, at most once
     * @param shownChart the chart on screen in the Charts tab (read on the FX thread), empty when none is drawn
     */
    public FullExportActions(PortfolioService portfolio, AnalysisService analysis, Supplier<ExportServices> exports,
                             Supplier<Optional<ChartModel>> shownChart, WorkspaceModel workspace, TaskExecutor executor,
                             DialogService dialogs, Messages messages) {
        Supplier<ExportServices> once = new Once(exports);
        this.serviceExports = new ServiceExportActions(portfolio, workspace, executor, dialogs, messages);
        this.chart = new ChartFileExportAction(once, shownChart, workspace, executor, dialogs, messages);
        this.report = new ReportExportAction(once, workspace, executor, dialogs, messages);
        this.xlsx = new DealsXlsxExportAction(once, analysis, workspace, executor, dialogs, messages);
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
        serviceExports.exportDealsCsv();
    }

    @Override
    public void exportDealsXlsx() {
        xlsx.run();
    }

    @Override
    public void exportJson() {
        serviceExports.exportJson();
    }

    @Override
    public boolean supports(Kind kind) {
        return true;
    }

    /** Asks its source once; two exports started together share the one result. */
    private static final class Once implements Supplier<ExportServices> {
        private final Supplier<ExportServices> source;
        private ExportServices made;

        Once(Supplier<ExportServices> source) {
            this.source = source;
        }

        @Override
        public synchronized ExportServices get() {
            if (made == null) {
                made = source.get();
            }
            return made;
        }
    }
}
