package com.computefolio.cli;

import com.computefolio.service.ImportResult;
import java.util.Optional;
import picocli.CommandLine.Command;

/** Creates the database and fills it with the curated data; on an existing database it changes nothing. */
@Command(name = "init")
final class InitCommand extends ServiceCommand {

    @Override
    public Integer call() {
        Optional<ImportResult> seeded = root().context().seeded();
        String file = root().context().databaseFile().toString();
        if (seeded.isPresent()) {
            ImportResult r = seeded.get();
            out().println(messages().get("init.created", file, r.dealsAdded(), r.partiesAdded(), r.sourcesAdded()));
        } else {
            out().println(messages().get("init.exists", file, portfolioService().portfolio().deals().size()));
        }
        out().flush();
        return ExitCodes.OK;
    }
}
