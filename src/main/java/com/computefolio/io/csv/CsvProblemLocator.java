package com.computefolio.io.csv;

import com.computefolio.domain.Problem;
import com.computefolio.io.ProblemLocator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places problems the domain validator finds on a deal read from CSV (paths in the JSON format's
 * terms, {@code deals[4].revisions[0].value.amount}) at the row and cell they came from
 * ({@code deals.csv:6:41: amount}).
 */
final class CsvProblemLocator implements ProblemLocator {

    private static final Pattern DEAL_PATH = Pattern.compile("^deals\\[(\\d+)\\](?:\\.(.*))?$");

    /** Which column holds what a validator path points at; the first match wins. */
    private static final List<ColumnRule> COLUMNS = List.of(
            column("^(id|title|buyer|counterparty|kind|direction|announced|notes)$", null),
            column("^tags", DealsCsvColumns.TAGS),
            column("\\.knownFrom$", DealsCsvColumns.ANNOUNCED),
            column("\\.status$", DealsCsvColumns.STATUS),
            column("\\.value\\.amount$", DealsCsvColumns.AMOUNT),
            column("\\.value\\.currency$", DealsCsvColumns.CURRENCY),
            column("\\.value\\.basis$", DealsCsvColumns.BASIS),
            column("\\.value\\.confidence$", DealsCsvColumns.CONFIDENCE),
            column("\\.publisher$", DealsCsvColumns.SOURCE_PUBLISHER),
            column("\\.sources(\\[\\d+\\])?\\.title$", DealsCsvColumns.SOURCE_TITLE),
            column("\\.sources(\\[\\d+\\])?\\.quote$", DealsCsvColumns.SOURCE_QUOTE),
            column("\\.sources(\\[\\d+\\])?\\.id$", DealsCsvColumns.SOURCE_URL),
            column("\\.sources(\\[\\d+\\])?(\\.url)?$", DealsCsvColumns.SOURCE_URL),
            column("\\.term\\.start$", DealsCsvColumns.TERM_START),
            column("\\.term(\\.months)?$", DealsCsvColumns.TERM_MONTHS),
            column("\\.capacityGw$", DealsCsvColumns.CAPACITY_GW),
            column("\\.hardware$", DealsCsvColumns.HARDWARE));

    private final String fileName;
    private final Map<Integer, CsvRow> rows;

    CsvProblemLocator(String fileName, Map<Integer, CsvRow> rows) {
        this.fileName = fileName;
        this.rows = Map.copyOf(rows);
    }

    @Override
    public Problem locate(Problem problem) {
        Matcher m = DEAL_PATH.matcher(problem.path() == null ? "" : problem.path());
        CsvRow row = m.matches() ? rows.get(Integer.parseInt(m.group(1))) : null;
        if (row == null) {
            return problem.inFile(fileName);
        }
        String within = m.group(2) == null ? "" : m.group(2);
        String column = columnFor(within);
        if (column == null) {
            return problem.located(fileName, row.line(), 1, within.isEmpty() ? null : within);
        }
        return row.locate(problem.located(fileName, 0, 0, column));

    }

    private static String columnFor(String path) {
        for (ColumnRule rule : COLUMNS) {
            Matcher m = rule.path().matcher(path);
            if (m.find()) {
                return rule.column() != null ? rule.column() : m.group(1);
            }
        }
        return null;
    }

    /** A path pattern and the column it points at; a null column means "the column named by group 1". */
    private record ColumnRule(Pattern path, String column) {
    }

    private static ColumnRule column(String regex, String column) {
        return new ColumnRule(Pattern.compile(regex), column);
    }
}
