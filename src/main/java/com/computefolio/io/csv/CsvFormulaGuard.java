package com.computefolio.io.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running text cells as formulas (CSV injection): a text cell that starts
 * with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, which
 * spreadsheets show as text and do not display.
 *
 * <p>The rule is reversible exactly. Writing adds one apostrophe to a cell matching
 * {@code '*[=+\-@\t\r]…} (any number of apostrophes, then a trigger character); reading removes one
 * apostrophe from a cell matching {@code '+[=+\-@\t\r]…}. A cell that genuinely starts with an
 * apostrophe followed by a trigger ("'=x") gains a second one on writing, so reading gives it back
 * unchanged; an apostrophe before anything else ("'90s") is never touched.
 */
public final class CsvFormulaGuard {

    private static final Pattern NEEDS_GUARD = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private CsvFormulaGuard() {
    }

    public static String neutralise(String cell) {
        return cell != null && NEEDS_GUARD.matcher(cell).find() ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell != null && GUARDED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
