package com.computefolio.io.csv;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import java.util.List;
import java.util.Map;

/**
 * One data row of deals.csv, read by column name. Text cells come back with the formula guard
 * removed; empty cells come back as null.
 */
final class CsvRow {

    private final String fileName;
    private final List<CsvCell> cells;
    private final Map<String, Integer> columns;

    CsvRow(String fileName, List<CsvCell> cells, Map<String, Integer> columns) {
        this.fileName = fileName;
        this.cells = cells;
        this.columns = columns;
    }

    /** The cell's text, or null when it is empty (or the column is an optional one the file leaves out). */
    String get(String column) {
        if (!columns.containsKey(column)) {
            return null;
        }
        String text = cells.get(columns.get(column)).text();
        if (text.isEmpty()) {
            return null;
        }
        return DealsCsvColumns.TEXT.contains(column) ? CsvFormulaGuard.restore(text) : text;
    }

    /**
     * The cell's text for codes, dates and numbers: null when blank, otherwise exactly as written, so
     * that the value parsers refuse spaces around a value (" 1000 ") as the JSON reader does.
     */
    String nonBlank(String column) {
        String text = get(column);
        return text == null || text.isBlank() ? null : text;
    }

    /** The text, or "" for an empty cell (for fields the validator reports as missing). */
    String orEmpty(String column) {
        String text = get(column);
        return text == null ? "" : text;
    }

    Problem problem(String column, ProblemText text, ProblemText expected) {
        CsvCell cell = cells.get(columns.get(column));
        return new Problem(fileName, cell.line(), cell.column(), column, text, expected);
    }

    /** Places a problem found with the column as its path (by the value parsers) at that column's cell. */
    Problem locate(Problem problem) {
        Integer index = problem.path() == null ? null : columns.get(problem.path());
        CsvCell cell = cells.get(index == null ? 0 : index);
        return problem.located(fileName, cell.line(), cell.column(), problem.path());

    }

    int line() {
        return cells.get(0).line();
    }
}
