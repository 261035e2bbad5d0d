package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.PortfolioJsonFile;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a synthetic portfolio of any size as a portfolio JSON file, for benchmarks and for trying
 * the app on a large register. Needs no database: nothing is opened or imported.
 */
@Command(name = "generate")
final class GenerateCommand extends ServiceCommand {

    @Option(names = "--deals", paramLabel = "N", required = true)
    private int deals;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true)
    private Path file;

    @Override
    public Integer call() {
        if (deals < 0) {
            throw usageError("generate.error.deals", deals);
        }
        Portfolio portfolio;
        try {
            portfolio = new SyntheticPortfolioGenerator().generate(deals, seed, progress().listener());
            new PortfolioJsonFile().write(portfolio, file, progress().listener());
        } finally {
            progress().finish();
        }
        out().println(messages().get("generate.done", deals, portfolio.parties().size(), seed, file));
        out().flush();
        return ExitCodes.OK;
    }
}
