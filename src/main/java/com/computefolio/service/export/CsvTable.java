package com.computefolio.service.export;

import com.computefolio.io.csv.CsvFormulaGuard;
import com.computefolio.io.csv.CsvRowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table on its way to CSV, in the one dialect Computefolio writes (that of deals.csv: UTF-8 with
 * a byte-order mark, CRLF line ends, quotes only where needed) and with the one formula guard: text
 * cells go through {@link CsvFormulaGuard}, numbers are written as plain decimals and never guarded,
 * since "-5.25" cannot be a formula. Files, the report pack and the command line's
 * {@code --format csv} all write through it.
 */
public final class CsvTable {
    private final List<String[]> rows = new ArrayList<>();

    /** A table whose first row is this header (text cells). */
    public static CsvTable withHeader(List<String> header) {
        CsvTable table = new CsvTable();
        table.row(new ArrayList<>(header));
        return table;
    }

    /**
     * Adds a row. A {@link BigDecimal} or other {@link Number} is a number cell, written as a plain
     * decimal; null is an empty cell; anything else is text, guarded against formulas.
     */
    public CsvTable row(List<?> cells) {
        rows.add(cells.stream().map(CsvTable::cell).toArray(String[]::new));
        return this;
    }

    /** Writes the table to a character stream (the command line's standard output) and flushes it. */
    public void writeTo(Writer out) {
        try {
            new CsvRowWriter().write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the table as bytes (a file being written atomically). */
    public void writeTo(OutputStream out) throws IOException {
        new CsvRowWriter().write(rows, out);
    }

    private static String cell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        return CsvFormulaGuard.neutralise(cell.toString());
    }
}
