package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the deals that pass the filter, each as known on the as-of date. */
@Command(name = "list")
final class ListCommand extends ServiceCommand {

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        Portfolio portfolio = portfolioService().portfolio();
        DealSelection selection = analysisService().select(portfolio, DealSelectionQuery.of(filters.toFilter()));
        new DealListPrinter(messages()).print(portfolio, selection, format, out());
        return ExitCodes.OK;
    }
}
