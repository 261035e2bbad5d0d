package com.computefolio.service.export;

import com.computefolio.domain.Deal;
import com.computefolio.io.AtomicFiles;
import com.computefolio.io.csv.DealsCsvWriter;
import com.computefolio.service.DealView;
import com.computefolio.service.NettingLine;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Exports the data behind the charts and the table: a chart's series and the deals table as CSV
 * (through {@link CsvTable}: the one CSV dialect, formula-like text guarded) and both as one XLSX workbook with
 * real numeric cells. Files are written atomically.
 */
public final class DataExporter {

    private final ChartText text;
    private final XlsxWorkbookWriter xlsx;

    public DataExporter(ChartText text) {
        this.text = text;
        this.xlsx = new XlsxWorkbookWriter(text);
    }

    /** One row per period, one column per series, exact values in $B or GW; for the timeline one row per deal. */
    public void writeSeriesCsv(ChartModel model, Path out) throws IOException {
        SeriesTable table = SeriesTable.of(model, text);
        CsvTable csv = CsvTable.withHeader(table.header());
        for (List<Object> row : table.rows()) {
            csv.row(row.stream().map(DataExporter::csvCell).toList());
        }
        AtomicFiles.write(out, csv::writeTo);
    }

    /** The deals table in the importable deals.csv format of docs/format.md, as seen on the as-of date. */
    public void writeDealsCsv(List<DealView> deals, LocalDate asOf, Path out) throws IOException {
        writeDeals(deals.stream().map(DealView::deal).toList(), asOf, out);
    }

    /** Deals as deals.csv, headed in the chosen language; import reads either language's header back (DealsCsvHeaders). */
    public void writeDeals(List<Deal> deals, LocalDate asOf, Path out) throws IOException {
        new DealsCsvWriter(text.texts().export()).write(deals, asOf, out);
    }

    /** One workbook: a "Deals" sheet (when deals are given) and one sheet per chart. */
    public void writeXlsx(List<ChartModel> charts, List<DealView> deals, Path out) throws IOException {
        writeXlsx(charts, deals, List.of(), out);
    }

    /** As {@link #writeXlsx(List, List, Path)}, with each netted umbrella's headline and counted value (ADR 18). */
    public void writeXlsx(List<ChartModel> charts, List<DealView> deals, List<NettingLine> netting, Path out) throws IOException {
        List<SeriesTable> tables = charts.stream().map(m -> SeriesTable.of(m, text)).toList();
        List<DealRow> rows = deals == null ? List.of() : DealRow.of(deals, netting, text);
        AtomicFiles.write(out, stream -> xlsx.write(rows, deals != null, tables, stream));
    }

    /** Numbers as the series table spells them (no exponent, no trailing zeros); text as it is, guarded by the table. */
    private static Object csvCell(Object cell) {
        return cell instanceof BigDecimal number ? new BigDecimal(SeriesTable.plain(number)) : cell;
    }
}
