package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.Flows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Money both ways per buyer and counterparty (out, in, net), with the circular pairs marked. */
@Command(name = "flows")
final class FlowsCommand extends ServiceCommand {

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        DealFilter filter = filters.toFilter();
        Portfolio register = portfolioService().portfolioForAnalysis(filter);
        Flows flows = shownNames(register, format).flows(analysisService().select(register, DealSelectionQuery.of(filter)).flows());
        new FlowsPrinter(messages()).print(flows, format, out());
        return ExitCodes.OK;
    }
}
