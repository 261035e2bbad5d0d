package com.computefolio.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, a rule under the header and optional total rows
 * set off by a second rule. Numbers are right-aligned so that their digits line up.
 *
 * <p>Columns are as wide as their widest cell in terminal cells ({@link DisplayWidth}), not in chars,
 * so Arabic with harakat, CJK and emoji line up. Cell text is escaped here ({@link TerminalText}) so that
 * its width is the width shown. In a right-to-left language (ADR 35) each line starts with a right-to-left
 * mark, so a bidi terminal puts the first column on the right, and every cell is a directional isolate:
 * text takes its own direction (first strong letter), while ids, amounts and dates ({@link Align#RIGHT},
 * {@link #ltrColumn}) stay left to right. In a left-to-right table only cells that hold right-to-left
 * letters are isolated, so that an Arabic title cannot pull its neighbours out of order. The isolates are
 * written beside the text ({@link TerminalPrintWriter#mark}), never as characters of it.
 */
public final class TextTable {

    public enum Align { LEFT, RIGHT }

    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<Boolean> leftToRight = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> totals = new ArrayList<>();

    public TextTable column(String header, Align align) {
        headers.add(TerminalText.escaped(header));
        aligns.add(align);
        // Right-aligned columns hold amounts, counts and capacities: numbers read left to right everywhere.
        leftToRight.add(align == Align.RIGHT);
        return this;
    }

    /** A left-aligned column of codes that read left to right in every language: ids, dates, terms. */
    public TextTable ltrColumn(String header) {
        column(header, Align.LEFT);
        leftToRight.set(leftToRight.size() - 1, true);
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
        TerminalPrintWriter marks = TerminalPrintWriter.of(out);
        boolean rtl = marks != null && marks.rightToLeft();
        int[] widths = widths();
        printLine(out, marks, rtl, headers, widths, true);
        printRule(out, marks, rtl, widths);
        for (List<String> row : rows) {
            printLine(out, marks, rtl, row, widths, false);
        }
        if (!totals.isEmpty()) {
            printRule(out, marks, rtl, widths);
            for (List<String> total : totals) {
                printLine(out, marks, rtl, total, widths, false);
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
            copy.add(c == null ? "" : TerminalText.escaped(c.replace('\n', ' ')));
        }
        return copy;
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
            for (List<String> total : totals) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(total.get(i)));
            }
        }
        return widths;
    }

    /**
     * One line in logical order, first column first. Trailing blanks are left out, so the line is cut after
     * its last non-empty cell. Padding stays outside the isolates: it belongs to the table, not to the cell.
     */
    private void printLine(PrintWriter out, TerminalPrintWriter marks, boolean rtl, List<String> cells, int[] widths,
                           boolean header) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        if (rtl) {
            marks.mark(TerminalPrintWriter.RLM);
        }
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                pending.append(GAP);
            }
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
            if (aligns.get(i) == Align.RIGHT) {
                pending.append(pad);
            }
            char isolate = marks == null || cell.isEmpty() ? 0 : isolate(cell, rtl, header || !leftToRight.get(i));
            if (isolate == 0) {
                pending.append(cell);
            } else {
                out.print(pending);
                pending.setLength(0);
                marks.mark(isolate);
                out.print(cell);
                marks.mark(TerminalPrintWriter.PDI);
            }
            if (aligns.get(i) == Align.LEFT && i < last) {
                pending.append(pad);
            }
        }
        out.println(pending);
    }

    /** The isolate a cell opens with, or 0 for none (left-to-right tables isolate only right-to-left text). */
    private static char isolate(String cell, boolean rtl, boolean text) {
        if (rtl) {
            // A total's label or "undisclosed" in a column of numbers is words, and takes their direction.
            return text || hasRightToLeftLetter(cell) ? TerminalPrintWriter.FSI : TerminalPrintWriter.LRI;
        }
        return hasRightToLeftLetter(cell) ? TerminalPrintWriter.FSI : 0;
    }

    static boolean hasRightToLeftLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int direction = UCharacter.getDirection(cp);
            if (direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private void printRule(PrintWriter out, TerminalPrintWriter marks, boolean rtl, int[] widths) {
        if (rtl) {
            marks.mark(TerminalPrintWriter.RLM);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            sb.append("-".repeat(widths[i]));
        }
        out.println(sb);
    }
}
