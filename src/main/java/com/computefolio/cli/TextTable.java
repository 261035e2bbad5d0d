package com.computefolio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, a rule under the header and optional total rows
 * set off by a second rule. Numbers are right-aligned so that their digits line up.
 */
public final class TextTable {

    public enum Align { LEFT, RIGHT }

    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> totals = new ArrayList<>();

    public TextTable column(String header, Align align) {
        headers.add(header);
        aligns.add(align);
        return this;
    }

    public TextTable row(List<String> cells) {
        rows.add(checked(cells));
        return this;
    }

    /** Adds a row below the second rule; a table may have several (e.g. commitments and inflows). */
    public TextTable total(List<String> cells) {
        totals.add(checked(cells));
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public void print(PrintWriter out) {
        int[] widths = widths();
        printLine(out, headers, widths);
        printRule(out, widths);
        for (List<String> row : rows) {
            printLine(out, row, widths);
        }
        if (!totals.isEmpty()) {
            printRule(out, widths);
            for (List<String> total : totals) {
                printLine(out, total, widths);
            }
        }
        out.flush();
    }

    private List<String> checked(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size() + " columns");
        }
        List<String> copy = new ArrayList<>(cells.size());
        for (String c : cells) {
            copy.add(c == null ? "" : c.replace('\n', ' '));
        }
        return copy;
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
            for (List<String> total : totals) {
                widths[i] = Math.max(widths[i], total.get(i).length());
            }
        }
        return widths;
    }

    private void printLine(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            sb.append(aligns.get(i) == Align.RIGHT ? pad + cell : cell + pad);
        }
        out.println(stripTrailing(sb));
    }

    private void printRule(PrintWriter out, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            sb.append("-".repeat(widths[i]));
        }
        out.println(sb);
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
