package com.computefolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV (RFC 4180 quoting, comma separated, one line per row).
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe; plain decimal
 * numbers (including negative ones) are left as they are, since they cannot be formulas.
 */
public final class CsvOutput {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final PrintWriter out;

    public CsvOutput(PrintWriter out) {
        this.out = out;
    }

    public CsvOutput row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(escape(cells.get(i)));
        }
        out.println(sb);
        return this;
    }

    public void flush() {
        out.flush();
    }

    static String escape(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String cell = raw;
        if (!PLAIN_NUMBER.matcher(cell).matches() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
