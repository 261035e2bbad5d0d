package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Summary;
import java.util.List;
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
        DealFilter filter = filters.toFilter();
        Portfolio portfolio = portfolioService().portfolio();
        List<DealView> deals = analysisService().deals(portfolio, filter);
        Summary totals = analysisService().summary(portfolio, filter, GroupBy.NONE);
        new DealListPrinter(messages()).print(portfolio, deals, totals.total(), totals.currency(), filter.asOf(), format, out());
        return ExitCodes.OK;
    }
}
