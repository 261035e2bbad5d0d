package com.computefolio.cli;

import com.computefolio.domain.Problem;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks files exactly as {@code import} would, against the current register, without writing. */
@Command(name = "validate")
final class ValidateCommand extends ServiceCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    private List<Path> files;

    @Override
    public Integer call() {
        List<Problem> problems = portfolioService().validateFiles(files);
        if (problems.isEmpty()) {
            out().println(messages().get("validate.ok", files.size()));
            out().flush();
            return ExitCodes.OK;
        }
        ProblemPrinter.print(problems, err(), messages());
        err().println(messages().get("validate.failed", problems.size()));
        err().flush();
        return ExitCodes.INVALID_INPUT;
    }
}
