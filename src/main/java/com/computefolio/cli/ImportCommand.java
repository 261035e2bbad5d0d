package com.computefolio.cli;

import com.computefolio.service.ImportResult;
import com.computefolio.service.ValidationException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Imports JSON or CSV files all or nothing. Problems surface as a {@link ValidationException},
 * which the failure handler prints one per line and turns into exit code 1.
 */
@Command(name = "import")
final class ImportCommand extends ServiceCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    private List<Path> files;

    @Override
    public Integer call() throws ValidationException {
        ImportResult r = portfolioService().importFiles(files);
        out().println(messages().get("import.done", r.files().size(), r.dealsAdded(), r.dealsReplaced(), r.partiesAdded(),
                r.sourcesAdded()));
        out().flush();
        return ExitCodes.OK;
    }
}
