package com.computefolio.cli;

import com.computefolio.service.DealExistsException;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Adds deals from JSON on stdin or in a file, as a script would: a portfolio document (docs/format.md)
 * holding the new deals and the sources they cite, since a figure without its source is refused. It
 * goes through the import, so it is checked exactly like one and written in one transaction; a deal
 * id the register already has (another writer got there first) is a conflict, exit 5, and nothing
 * is written.
 */
@Command(name = "add")
final class AddCommand extends ServiceCommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-", descriptionKey = "file")
    private String file;

    @Mixin
    private ReasonOption reason;

    @Override
    public Integer call() throws ValidationException {
        Path input = "-".equals(file) ? copyOfStdin() : Path.of(file);
        try {
            ImportResult r = portfolioService().importFiles(List.of(input), new ImportOptions(false, true, ImportOptions.Clashes.ASK),
                    reason.note());
            out().println(messages().get("add.done", r.dealsAdded(), r.partiesAdded(), r.sourcesAdded()));
            out().flush();
            return ExitCodes.OK;
        } catch (DealExistsException exists) {
            ProblemPrinter.print(exists.problems(), err(), messages());
            err().println(messages().get("add.exists", messages().list(exists.dealIds())));
            err().flush();
            return ExitCodes.CONFLICT;
        } finally {
            if ("-".equals(file)) {
                deleteCopy(input);
            }
        }
    }

    private static void deleteCopy(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            // A leftover in the temp folder must not hide the outcome of the add.
        }
    }

    /** The deals read from stdin, in a file named "stdin.json" so problems point at it. */
    private static Path copyOfStdin() {
        try {
            Path dir = Files.createTempDirectory("computefolio-add");
            Path copy = dir.resolve("stdin.json");
            try (InputStream in = System.in) {
                Files.write(copy, in.readAllBytes());
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the deal from standard input: " + e.getMessage(), e);
        }
    }
}
