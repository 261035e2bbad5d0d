package com.computefolio.io.csv;

import com.computefolio.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link SeriesTable} as CSV in the shape spreadsheet users expect from a chart's data: one
 * row per period, one column per series, a header row naming them, so that the table can be charted
 * or summed as it opens. Numbers are plain decimals with a point ("1234.5"), never exponents or
 * thousands separators; headings and period labels are guarded against formulas.
 */
public final class SeriesCsvWriter {

    private final CsvRowWriter rows = new CsvRowWriter();

    public void write(SeriesTable table, OutputStream out) throws IOException {
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[table.columns().size() + 1];
        header[0] = CsvFormulaGuard.neutralise(table.periodHeader());
        for (int c = 0; c < table.columns().size(); c++) {
            header[c + 1] = CsvFormulaGuard.neutralise(table.columns().get(c).name());
        }
        lines.add(header);
        for (int p = 0; p < table.periods().size(); p++) {
            String[] line = new String[header.length];
            line[0] = CsvFormulaGuard.neutralise(table.periods().get(p));
            for (int c = 0; c < table.columns().size(); c++) {
                BigDecimal value = table.columns().get(c).values().get(p);
                line[c + 1] = value == null ? "" : value.toPlainString();
            }
            lines.add(line);
        }
        rows.write(lines, out);
    }

    /** Writes atomically: readers of {@code file} see the old content or the complete new one. */
    public void write(SeriesTable table, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(table, out));
    }
}
