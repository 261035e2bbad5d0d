package com.computefolio.io.imports;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.ImportChecker;
import com.computefolio.io.ImportPlan;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.csv.DealsCsvHeaders;
import com.computefolio.io.csv.DealsCsvReader;
import com.computefolio.io.json.PortfolioJsonReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Reads the files of one import, each by its extension ({@code .json} portfolio file,
 * {@code .csv} deals file), and checks them together against the register: every problem of every
 * file comes back at once, and the plan says what to write when there are none.
 *
 * <p>It sits above {@code io}, {@code io.json} and {@code io.csv} because it knows both formats, which both
 * build on the shared plumbing in {@code io}: no package of the three needs one above it.
 */
public final class PortfolioFileReader {

    private final Supplier<PortfolioJsonReader> json;
    private final Supplier<DealsCsvReader> csv;
    private final Supplier<ImportChecker> checker;

    /**
     * The readers are made on first use: their Jackson mappers take a tenth of a second to build,
     * which every command would otherwise pay at start-up, including the many that read no file.
     */
    public PortfolioFileReader(DealValidator validator) {
        this(validator, List.of());
    }

    /**
     * As {@link #PortfolioFileReader(DealValidator)}, reading a deals.csv header in any of these languages (the export
     * bundle of each, as exports write them), so a file exported in the chosen language imports back.
     */
    public PortfolioFileReader(DealValidator validator, List<ResourceBundle> csvHeaderLanguages) {
        this.json = once(() -> new PortfolioJsonReader(validator));
        this.csv = once(() -> new DealsCsvReader(DealsCsvHeaders.of(csvHeaderLanguages)));
        this.checker = once(() -> new ImportChecker(validator));
    }

    public PortfolioFileReader(PortfolioJsonReader json, DealsCsvReader csv, ImportChecker checker) {
        this.json = () -> json;
        this.csv = () -> csv;
        this.checker = () -> checker;
    }

    public ImportPlan plan(List<Path> files, Portfolio register) {
        return check(parseAll(files), register);
    }

    /** Reads every file; what depends on the register is left to {@link #check}. */
    public List<ParsedFile> parseAll(List<Path> files) {
        return files.stream().map(this::parse).toList();
    }

    /** Checks files already read against each other and the register (the register as it stands when writing). */
    public ImportPlan check(List<ParsedFile> parsed, Portfolio register) {
        return checker.get().check(parsed, register);
    }

    /** What {@link #check} would plan to write if it found no problem, without the checks (see {@link ImportChecker#planWithoutChecks}). */
    public ImportPlan.Writes planWithoutChecks(List<ParsedFile> parsed, Portfolio register) {
        return checker.get().planWithoutChecks(parsed, register);
    }

    public ParsedFile parse(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return json.get().parse(file);
        }
        if (name.endsWith(".csv")) {
            return csv.get().parse(file);
        }
        int dot = name.lastIndexOf('.');
        ProblemText kind = dot < 0 ? ProblemText.say(ProblemKey.FILE_WITHOUT_EXTENSION)
                : ProblemText.say(ProblemKey.FILE_WITH_EXTENSION, name.substring(dot));
        return ParsedFile.unreadable(file.toString(), List.of(Problem.at(null, ProblemText.say(ProblemKey.CANNOT_IMPORT_KIND, kind),
                ProblemText.say(ProblemKey.EXPECT_JSON_OR_CSV))));

    }

    /** The value made on the first call and kept; thread-safe, as the window imports on a worker. */
    private static <T> Supplier<T> once(Supplier<T> maker) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = maker.get();
                }
                return value;
            }
        };
    }
}
