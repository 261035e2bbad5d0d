package com.computefolio.service.export;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.json.PortfolioFileDto;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.io.json.VersionOneLosses;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.NettingLine;
import com.computefolio.service.StorageException;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.output.OutputKind;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.output.RefusedOutputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The one door for every file Computefolio exports: charts (SVG, PDF, PNG), their data (series CSV,
 * XLSX), the deals (deals CSV, portfolio JSON) and the report (PDF and pack). The command line and
 * the window only collect options and call it. Every target is checked against the open register
 * ({@link OutputTargets}) before anything is drawn or written, so no export can land on the
 * database, its working files or its backups; files are written atomically, so a failed or
 * cancelled export leaves what was there.
 */
public final class ExportService {
    private final AnalysisService analysis;
    private final ChartModelFactory models;
    private final JFreeChartFactory renderer;
    private final ChartExporter charts;
    private final Supplier<DataExporter> data;
    private final Supplier<ReportBuilder> reports;
    private final OutputTargets targets;
    private final FilteredRegister register;
    // The writers of data files and the report are made on first use: a chart command or the window's chart
    // needs none of them, and they load Jackson, POI or PDFBox (hundreds of classes each) when made (issue 18).
    private final Supplier<PortfolioJsonWriter> json = once(PortfolioJsonWriter::new);

    public ExportService(AnalysisService analysis, ChartModelFactory models, JFreeChartFactory renderer, ChartExporter charts,
                         DataExporter data, ReportBuilder reports, OutputTargets targets) {
        this(analysis, models, renderer, charts, () -> data, () -> reports, targets);
    }

    /** As the other constructor, with the data exporter and the report builder made when first needed. */
    public ExportService(AnalysisService analysis, ChartModelFactory models, JFreeChartFactory renderer, ChartExporter charts,
                         Supplier<DataExporter> data, Supplier<ReportBuilder> reports, OutputTargets targets) {
        this.analysis = analysis;
        this.models = models;
        this.renderer = renderer;
        this.charts = charts;
        this.data = once(data);
        this.reports = once(reports);
        this.targets = targets;
        this.register = new FilteredRegister(analysis);
    }

    /** The chart models this service exports, for a view that shows the same charts. */
    public ChartModelFactory models() {
        return models;
    }

    /** The renderer every export draws with, for a view that shows the very chart it exports. */
    public JFreeChartFactory renderer() {
        return renderer;
    }

    /** The chart exporter, for drawing to the clipboard (files go through {@link #writeChart}). */
    public ChartExporter exporter() {
        return charts;
    }

    /** The chart a request asks for, as the window shows it. */
    public ChartModel chart(Portfolio portfolio, ChartRequest request) {
        return models.create(portfolio, request);
    }

    /**
     * Draws the chart to a file.
     *
     * @throws RefusedOutputException when {@code out} is the register or one of its companions
     * @throws CancellationException  when the control asked to stop before the file was written
     */
    public void writeChart(ChartModel model, ExportFormat format, ImageSize size, Path out, ExportControl control) {
        targets.check(out, OutputKind.CHART);
        control.checkCancelled();
        write(out, () -> charts.export(model, format, size, out));
        control.progress().update(1.0, "");
    }

    /** The chart's numbers as CSV: one row per period, one column per series. */
    public void writeChartCsv(ChartModel model, Path out, ExportControl control) {
        targets.check(out, OutputKind.CHART_DATA);
        control.checkCancelled();
        write(out, () -> data.get().writeSeriesCsv(model, out));
        control.progress().update(1.0, "");
    }

    /** One workbook: the deals the filter selects and one sheet per chart. */
    public void writeXlsx(Portfolio portfolio, DealFilter filter, List<ChartModel> chartModels, Path out, ExportControl control) {
        targets.check(out, OutputKind.DEALS_XLSX);
        control.checkCancelled();
        List<DealView> deals = analysis.deals(portfolio, filter);
        control.checkCancelled();
        List<NettingLine> netting = analysis.netting(portfolio, filter);
        write(out, () -> data.get().writeXlsx(chartModels, deals, netting, out));
        control.progress().update(1.0, "");
    }

    /** The deals the filter selects as deals.csv (docs/format.md); returns how many deals were written. */
    public int writeDealsCsv(Portfolio portfolio, DealFilter filter, Path out, ExportControl control) {
        targets.check(out, OutputKind.DEALS_CSV);
        control.checkCancelled();
        List<Deal> deals = register.deals(portfolio, filter);
        write(out, () -> data.get().writeDeals(deals, filter.asOf(), out));
        control.progress().update(1.0, "");
        return deals.size();
    }

    /**
     * The register (deals filtered, with the revisions known on the filter's as-of date) as a
     * portfolio JSON file; returns how many deals were written.
     */
    public int writePortfolioJson(Portfolio portfolio, DealFilter filter, Path out, ExportControl control) {
        return writePortfolioJson(portfolio, filter, out, control, PortfolioFileDto.CURRENT_VERSION);
    }

    /**
     * As {@link #writePortfolioJson(Portfolio, DealFilter, Path, ExportControl)} in the given format
     * version (1 or 2).
     *
     * @throws FormatVersionLossException before anything is written, when version 1 cannot hold all of it
     */
    public int writePortfolioJson(Portfolio portfolio, DealFilter filter, Path out, ExportControl control, int formatVersion) {
        return writePortfolioJson(portfolio, filter, out, control, formatVersion, List.of());
    }

    /**
     * As {@link #writePortfolioJson(Portfolio, DealFilter, Path, ExportControl, int)}, with the audit
     * trail's entries of the exported deals as the file's {@code audit} array (version 2 only; a
     * version 1 file is for readers that know no such field). An export of every deal keeps the
     * entries of deleted deals too.
     *
     * @param audit the register's trail, oldest first ({@code PortfolioService.auditTrail()})
     */
    public int writePortfolioJson(Portfolio portfolio, DealFilter filter, Path out, ExportControl control, int formatVersion,
                                  List<AuditEntry> audit) {
        targets.check(out, OutputKind.PORTFOLIO_JSON);
        control.checkCancelled();
        Portfolio exported = register.portfolio(portfolio, filter);
        PortfolioJsonWriter writer = json.get();
        if (formatVersion != PortfolioFileDto.CURRENT_VERSION) {
            List<String> losses = VersionOneLosses.of(exported);
            if (!losses.isEmpty()) {
                throw new FormatVersionLossException(losses);
            }
            writer = new PortfolioJsonWriter(formatVersion);
        }
        PortfolioJsonWriter chosen = writer;
        List<AuditEntry> trail = formatVersion == PortfolioFileDto.CURRENT_VERSION ? auditOf(exported, portfolio, audit) : List.of();
        write(out, () -> chosen.write(exported, trail, out));
        control.progress().update(1.0, "");
        return exported.deals().size();
    }

    private static List<AuditEntry> auditOf(Portfolio exported, Portfolio register, List<AuditEntry> audit) {
        if (exported.deals().size() == register.deals().size()) {
            return audit;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        exported.deals().forEach(d -> ids.add(d.id()));
        return audit.stream().filter(e -> ids.contains(e.dealId())).toList();
    }

    /** The report PDF and, when asked for, its pack folder; every file is checked before the first is written. */
    public ReportResult writeReport(Portfolio portfolio, ReportRequest request, ExportControl control) {
        targets.check(request.out(), OutputKind.REPORT);
        if (request.pack() != null) {
            targets.check(request.pack(), OutputKind.REPORT_PACK);
        }
        try {
            return reports.get().build(portfolio, request, control.progress(), control.cancelled(),
                    file -> targets.check(file, file.equals(request.out()) ? OutputKind.REPORT : OutputKind.REPORT_PACK));
        } catch (IOException e) {
            throw new StorageException("Could not write the report " + request.out() + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, request.out()), e);
        }
    }

    private static void write(Path out, FileWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new StorageException("Could not write " + out + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, out), e);
        }
    }

    @FunctionalInterface
    private interface FileWrite {
        void run() throws IOException;
    }

    /** The supplier's value, made by the first call and kept (calls may come from the FX thread and a worker). */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
