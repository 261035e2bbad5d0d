package com.computefolio.cli;

import com.computefolio.app.AppContext;
import com.computefolio.service.ImportResult;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates the database, filled with the curated OpenAI data or, with {@code --empty}, with nothing
 * (then {@code import --dataset} or a file brings deals in); on an existing database it changes nothing.
 */
@Command(name = "init")
final class InitCommand extends ServiceCommand {

    @Option(names = "--empty", descriptionKey = "empty")
    private boolean empty;

    @Override
    public Integer call() {
        AppContext context = empty ? root().emptyContext() : root().context();
        Optional<ImportResult> seeded = context.seeded();
        String file = context.location();
        if (seeded.isPresent() && empty) {
            out().println(messages().get("init.createdEmpty", file));
        } else if (seeded.isPresent()) {
            ImportResult r = seeded.get();
            out().println(messages().get("init.created", file, r.dealsAdded(), r.partiesAdded(), r.sourcesAdded()));
        } else {
            out().println(messages().get("init.exists", file, portfolioService().portfolio().deals().size()));
        }
        out().flush();
        return ExitCodes.OK;
    }
}
