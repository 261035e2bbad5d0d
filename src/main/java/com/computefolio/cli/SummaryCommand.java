package com.computefolio.cli;

import com.computefolio.service.DealFilter;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Totals of commitments, inflows and capacity per group, as known on the as-of date. */
@Command(name = "summary")
final class SummaryCommand extends ServiceCommand {

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "counterparty")
    private GroupBy groupBy;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        DealFilter filter = filters.toFilter();
        Summary summary = analysisService().summary(portfolioService().portfolioForAnalysis(filter), filter, groupBy);
        new SummaryPrinter(messages()).print(summary, format, out());
        return ExitCodes.OK;
    }
}
