package com.computefolio.io.csv;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Deal;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.InputLimits;
import com.computefolio.io.LoadedText;
import com.computefolio.io.MappedDeal;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.TextFileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads deals.csv (docs/format.md): a header naming the columns (in any order), then one deal per
 * row. Every problem names the file, line, column and the CSV column. A CSV file has no parties: its
 * deals refer to parties in the register or in a JSON file imported with it.
 */
public final class DealsCsvReader {

    static final ProblemText EXPECTED_CONTENT = say(EXPECT_CSV_FILE, String.join(",", DealsCsvColumns.ALL));

    private final TextFileLoader loader;
    private final DealsCsvHeaders headers;
    private final DealRowMapper rowMapper = new DealRowMapper();

    /** Reads a header of the format's own column names (docs/format.md). */
    public DealsCsvReader() {
        this(new TextFileLoader());
    }

    /** Reads a header in any language {@code headers} knows, as well as the column names. */
    public DealsCsvReader(DealsCsvHeaders headers) {
        this(new TextFileLoader(), headers);
    }

    public DealsCsvReader(TextFileLoader loader) {
        this(loader, DealsCsvHeaders.NAMES_ONLY);
    }

    private DealsCsvReader(TextFileLoader loader, DealsCsvHeaders headers) {
        this.loader = loader;
        this.headers = headers;
    }

    public ParsedFile parse(Path file) {
        LoadedText text = loader.load(file, EXPECTED_CONTENT);
        return text.ok() ? parse(text.fileName(), text.text()) : ParsedFile.unreadable(text.fileName(), text.problems());
    }

    public ParsedFile parse(String fileName, String text) {
        // The writer starts files with a byte-order mark for spreadsheets; files lose it in TextFileLoader, strings here.
        CsvTable table = CsvTable.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<Problem> problems = new ArrayList<>();
        List<List<CsvCell>> rows = table.rows();
        if (rows.isEmpty()) {
            problems.add(table.syntaxProblem() != null ? table.syntaxProblem().inFile(fileName)
                    : new Problem(fileName, 1, 1, null, say(NO_HEADER_ROW), EXPECTED_CONTENT));
            return ParsedFile.unreadable(fileName, problems);
        }
        Map<String, Integer> columns = header(fileName, rows.get(0), problems);
        if (!problems.isEmpty()) {
            addSyntaxProblem(fileName, table, problems);
            return ParsedFile.unreadable(fileName, problems);
        }
        List<MappedDeal> deals = new ArrayList<>();
        Set<String> unmappedIds = new HashSet<>();
        Map<Integer, CsvRow> rowsByPosition = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<CsvCell> cells = rows.get(r);
            if (problems.size() >= InputLimits.MAX_PROBLEMS_PER_FILE) {
                Problem stop = InputLimits.tooManyProblems();
                problems.add(stop.located(fileName, cells.get(0).line(), 1, null));
                return ParsedFile.unreadable(fileName, problems);
            }
            int position = r - 1;
            if (cells.size() != columns.size()) {
                problems.add(wrongCellCount(fileName, cells, columns.size()));
                continue;
            }
            CsvRow row = new CsvRow(fileName, cells, columns);
            rowsByPosition.put(position, row);
            Deal deal = rowMapper.map(row, problems);
            if (deal != null) {
                deals.add(new MappedDeal(deal, position, new int[] {0}));
            } else if (row.get(DealsCsvColumns.ID) != null) {
                unmappedIds.add(row.get(DealsCsvColumns.ID));
            }
        }
        addSyntaxProblem(fileName, table, problems);
        return new ParsedFile(fileName, null, List.of(), deals, List.of(), Set.of(), unmappedIds, problems,
                new CsvProblemLocator(fileName, rowsByPosition));
    }

    private Map<String, Integer> header(String fileName, List<CsvCell> cells, List<Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            CsvCell cell = cells.get(i);
            // A header in any shipped language names the same column (DealsCsvHeaders): the words differ, the data not.
            String name = headers.column(cell.text()).orElse(cell.text().strip());
            if (!DealsCsvColumns.ALL.contains(name)) {
                problems.add(new Problem(fileName, cell.line(), cell.column(), name, say(UNKNOWN_COLUMN, name),
                        say(EXPECT_COLUMNS, String.join(",", DealsCsvColumns.ALL))));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(fileName, cell.line(), cell.column(), name, say(COLUMN_TWICE, name), say(EXPECT_COLUMN_ONCE)));
            }
        }
        List<String> missing = DealsCsvColumns.ALL.stream()
                .filter(c -> !columns.containsKey(c) && !DealsCsvColumns.OPTIONAL.contains(c)).toList();
        if (!missing.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(fileName, cells.get(0).line(), 1, null,
                    say(missing.size() > 1 ? HEADER_LACKS_COLUMNS : HEADER_LACKS_COLUMN, String.join(", ", missing)),
                    say(EXPECT_COLUMNS, String.join(",", DealsCsvColumns.ALL))));
        }
        return columns;
    }

    private static Problem wrongCellCount(String fileName, List<CsvCell> cells, int expected) {
        CsvCell at = cells.size() > expected ? cells.get(expected) : cells.get(cells.size() - 1);
        return new Problem(fileName, at.line(), at.column(), null,
                say(ROW_CELL_COUNT, cells.size(), expected), say(EXPECT_CELLS_PER_ROW, expected));

    }

    private static void addSyntaxProblem(String fileName, CsvTable table, List<Problem> problems) {
        if (table.syntaxProblem() != null) {
            problems.add(table.syntaxProblem().inFile(fileName));
        }
    }
}
