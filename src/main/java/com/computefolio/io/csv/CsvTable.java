package com.computefolio.io.csv;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemText.Count;
import com.computefolio.io.FileFailures;
import com.computefolio.io.JacksonDetails;
import com.computefolio.io.InputLimits;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV text split into rows of located cells. Quoting mistakes stop the split at that point (what
 * follows an unbalanced quote cannot be trusted) with a problem naming line and column; the rows
 * before it are kept so their problems can be reported too. Blank lines are skipped.
 */
final class CsvTable {

    private static final ProblemText QUOTING_EXPECTED = say(EXPECT_CSV_QUOTING);

    private final List<List<CsvCell>> rows;
    private final Problem syntaxProblem;

    private CsvTable(List<List<CsvCell>> rows, Problem syntaxProblem) {
        this.rows = rows;
        this.syntaxProblem = syntaxProblem;
    }

    static CsvTable parse(String text) {
        List<List<CsvCell>> rows = new ArrayList<>();
        Problem longLine = longLine(text);
        if (longLine != null) {
            return new CsvTable(rows, longLine);
        }
        int[] wrongRows = {0};
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            try {
                List<CsvCell> row = null;
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.START_ARRAY) {
                        row = new ArrayList<>();
                    } else if (t == JsonToken.END_ARRAY) {
                        // The parser wraps all rows in one more array; its end closes no row.
                        addUnlessBlank(rows, row);
                        Problem stop = limitReached(rows, row, wrongRows);
                        if (stop != null) {
                            return new CsvTable(rows, stop);
                        }
                        row = null;
                    } else if (t == JsonToken.VALUE_STRING && row != null) {
                        JsonLocation at = parser.currentTokenLocation();
                        if (row.size() == InputLimits.MAX_CSV_COLUMNS) {
                            return new CsvTable(rows, new Problem(null, at.getLineNr(), at.getColumnNr(), null,
                                    say(ROW_TOO_MANY_CELLS, new Count(InputLimits.MAX_CSV_COLUMNS)),
                                    say(EXPECT_DEALS_CSV_COLUMNS, DealsCsvColumns.ALL.size())));
                        }
                        row.add(new CsvCell(parser.getText(), at.getLineNr(), at.getColumnNr()));
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                Problem malformed = new Problem(null, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                        null, say(CSV_MALFORMED, JacksonDetails.of(e)), QUOTING_EXPECTED);
                return withBareQuotes(text, rows, malformed);
            }
        } catch (IOException e) {
            return new CsvTable(rows, Problem.at(null, say(CSV_UNREADABLE, FileFailures.reasonOrDetails(e))));
        }
        return withBareQuotes(text, rows, null);
    }

    /**
     * The table, stopped at the first bare quote when there is one before the parser's own problem
     * (the parser reads a bare quote as text): its row and what follows are not kept.
     */
    private static CsvTable withBareQuotes(String text, List<List<CsvCell>> rows, Problem parserProblem) {
        BareQuotes.Found bare = BareQuotes.first(text);
        if (bare == null || (parserProblem != null && (parserProblem.line() < bare.line()
                || (parserProblem.line() == bare.line() && parserProblem.column() < bare.column())))) {
            return new CsvTable(rows, parserProblem);
        }
        List<List<CsvCell>> before = rows.stream().filter(row -> row.get(0).line() < bare.rowLine()).toList();
        return new CsvTable(before, new Problem(null, bare.line(), bare.column(), null,
                say(CSV_BARE_QUOTE), QUOTING_EXPECTED));
    }

    /**
     * Stops the reading after more rows than a file may hold deals, or after so many rows with the
     * wrong number of cells that their problems alone reach the limit: each such row is kept.
     */
    private static Problem limitReached(List<List<CsvCell>> rows, List<CsvCell> row, int[] wrongRows) {
        if (row == null || rows.isEmpty() || rows.get(rows.size() - 1) != row) {
            return null;
        }
        if (rows.size() > InputLimits.MAX_DEALS_PER_FILE + 1) {
            return new Problem(null, row.get(0).line(), 1, null, say(FILE_HOLDS_TOO_MANY, new Count(InputLimits.MAX_DEALS_PER_FILE), "deals"),
                    say(EXPECT_AT_MOST_IN_FILE, new Count(InputLimits.MAX_DEALS_PER_FILE), "deals"));
        }
        if (row.size() != rows.get(0).size() && ++wrongRows[0] > InputLimits.MAX_PROBLEMS_PER_FILE) {
            Problem stop = InputLimits.tooManyProblems();
            return stop.located(null, row.get(0).line(), 1, null);
        }
        return null;
    }

    /** The first line longer than the limit, as a problem, or null; a cheap pass before any parsing. */
    private static Problem longLine(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int length = i - lineStart;
                if (length > InputLimits.MAX_CSV_LINE_CHARS) {
                    return new Problem(null, line, InputLimits.MAX_CSV_LINE_CHARS + 1, null,
                            say(LINE_TOO_LONG, new Count(line), new Count(length)),
                            say(EXPECT_LINES_AT_MOST, new Count(InputLimits.MAX_CSV_LINE_CHARS)));

                }
                line++;
                lineStart = i + 1;
            }
        }
        return null;
    }

    private static void addUnlessBlank(List<List<CsvCell>> rows, List<CsvCell> row) {
        if (row == null || row.isEmpty() || (row.size() == 1 && row.get(0).text().isEmpty())) {
            return;
        }
        rows.add(row);
    }

    List<List<CsvCell>> rows() {
        return rows;
    }

    /** The quoting problem that stopped the split, or null. */
    Problem syntaxProblem() {
        return syntaxProblem;
    }
}
