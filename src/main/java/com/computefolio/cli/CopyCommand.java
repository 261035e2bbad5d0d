package com.computefolio.cli;

import com.computefolio.app.RegisterCopy;
import com.computefolio.service.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Copies a whole register between stores (a file and a team database, either way, or two of a kind)
 * in one transaction on the target: the target holds all of it or is left as it was. A target that
 * is not empty is refused (exit 1) unless {@code --replace}. Ignores --db: both ends are named here.
 */
@Command(name = "copy")
final class CopyCommand extends ServiceCommand {

    @Option(names = "--from", paramLabel = "SOURCE", required = true, descriptionKey = "from-register")
    private String from;

    @Option(names = "--to", paramLabel = "TARGET", required = true, descriptionKey = "to-register")
    private String to;

    @Option(names = "--replace", descriptionKey = "replace")
    private boolean replace;

    @Override
    public Integer call() throws ValidationException {
        RegisterCopy.Result r = RegisterCopy.copy(root().locate(from), root().locate(to), replace);
        out().println(messages().get("copy.done", r.from(), r.to(), r.deals(), r.parties(), r.series()));
        out().flush();
        return ExitCodes.OK;
    }
}
