package com.computefolio.io.csv;

import com.computefolio.domain.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV text split into rows of located cells. Quoting mistakes stop the split at that point (what
 * follows an unbalanced quote cannot be trusted) with a problem naming line and column; the rows
 * before it are kept so their problems can be reported too. Blank lines are skipped.
 */
final class CsvTable {

    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;\\]]*; ");
    private static final String QUOTING_EXPECTED = "cells separated by commas; a cell with a comma, quote or line break "
            + "enclosed in double quotes, with each quote inside doubled (\"\")";

    private final List<List<CsvCell>> rows;
    private final Problem syntaxProblem;

    private CsvTable(List<List<CsvCell>> rows, Problem syntaxProblem) {
        this.rows = rows;
        this.syntaxProblem = syntaxProblem;
    }

    static CsvTable parse(String text) {
        List<List<CsvCell>> rows = new ArrayList<>();
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
                        row = null;
                    } else if (t == JsonToken.VALUE_STRING && row != null) {
                        JsonLocation at = parser.currentTokenLocation();
                        row.add(new CsvCell(parser.getText(), at.getLineNr(), at.getColumnNr()));
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String message = SOURCE_REFERENCE.matcher(e.getOriginalMessage()).replaceAll("[");
                Problem malformed = new Problem(null, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                        null, "The CSV is malformed: " + message + ".", QUOTING_EXPECTED);
                return withBareQuotes(text, rows, malformed);
            }
        } catch (IOException e) {
            return new CsvTable(rows, Problem.at(null, "Cannot read the CSV: " + e.getMessage()));
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
                "The CSV is malformed: a double quote inside a cell that is not enclosed in double quotes.", QUOTING_EXPECTED));
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
