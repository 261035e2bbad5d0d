package com.computefolio.cli;

import com.computefolio.service.ImportResult;
import com.computefolio.service.TakeBackException;
import com.computefolio.service.ValidationException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports JSON or CSV files all or nothing. Problems surface as a {@link ValidationException},
 * which the failure handler prints one per line and turns into exit code 1. An import that would
 * take back revisions the register has of some deals (an older export re-imported) lists those
 * deals and exits 1 too, unless {@code --replace} says to take them back.
 */
@Command(name = "import")
final class ImportCommand extends ServiceCommand {

    @Option(names = "--replace", descriptionKey = "replace")
    private boolean replace;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    private List<Path> files;

    @Override
    public Integer call() throws ValidationException {
        ImportResult r;
        try {
            r = portfolioService().importFiles(files, replace);
        } catch (TakeBackException older) {
            ProblemPrinter.print(older.problems(), err(), messages());
            err().println(messages().get("import.takeBack", older.dealIds().size(), String.join(", ", older.dealIds())));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        out().println(messages().get("import.done", r.files().size(), r.dealsAdded(), r.dealsReplaced(), r.partiesAdded(),
                r.sourcesAdded()));
        out().flush();
        return ExitCodes.OK;
    }
}
