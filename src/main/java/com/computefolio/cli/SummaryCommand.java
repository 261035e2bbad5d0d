package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.GroupBy;
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
        Portfolio register = portfolioService().portfolioForAnalysis(filter);
        DealSelection selection = analysisService().select(register, DealSelectionQuery.of(filter));
        SummaryPrinter printer = new SummaryPrinter(messages());
        printer.print(shownNames(register, format).summary(selection.summary(filters.groupBy(groupBy))), format, out());
        if (format == OutputFormat.TABLE) {
            printer.netting(shownNames(register, format).netting(analysisService().netting(register, filter)), out());
        }
        return ExitCodes.OK;
    }
}
