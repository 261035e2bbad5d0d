package com.computefolio.io;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.io.csv.DealsCsvReader;
import com.computefolio.io.json.PortfolioJsonReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the files of one import, each by its extension ({@code .json} portfolio file,
 * {@code .csv} deals file), and checks them together against the register: every problem of every
 * file comes back at once, and the plan says what to write when there are none.
 */
public final class PortfolioFileReader {

    private final PortfolioJsonReader json;
    private final DealsCsvReader csv;
    private final ImportChecker checker;

    public PortfolioFileReader(DealValidator validator) {
        this(new PortfolioJsonReader(validator), new DealsCsvReader(), new ImportChecker(validator));
    }

    public PortfolioFileReader(PortfolioJsonReader json, DealsCsvReader csv, ImportChecker checker) {
        this.json = json;
        this.csv = csv;
        this.checker = checker;
    }

    public ImportPlan plan(List<Path> files, Portfolio register) {
        List<ParsedFile> parsed = files.stream().map(this::parse).toList();
        return checker.check(parsed, register);
    }

    public ParsedFile parse(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return json.parse(file);
        }
        if (name.endsWith(".csv")) {
            return csv.parse(file);
        }
        int dot = name.lastIndexOf('.');
        String kind = dot < 0 ? "a file without an extension" : "a \"" + name.substring(dot) + "\" file";
        return ParsedFile.unreadable(file.toString(), List.of(Problem.at(null, "Cannot import " + kind + ".",
                "a .json portfolio file or a .csv deals file")));
    }
}
