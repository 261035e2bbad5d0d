package com.computefolio.cli;

import com.computefolio.service.DealFilter;
import com.computefolio.service.ScenarioTotals;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The same filtered deals' totals under several scenarios side by side (docs/scenarios.md). */
@Command(name = "compare")
final class CompareCommand extends ServiceCommand {

    @Option(names = "--scenarios", split = ",", paramLabel = "NAME")
    private List<String> names = new ArrayList<>();

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        Scenarios known = ownScenarios().load();
        DealFilter filter = filters.toFilter(known);
        List<Scenario> scenarios = names.isEmpty()
                ? filters.scenarios(known, known.all().stream().map(Scenario::name).toList())
                : filters.scenarios(known, names);
        // The register with every figure: the compared scenarios choose among them, whatever the filter's own scenario.
        List<ScenarioTotals> totals = analysisService().compare(portfolioService().portfolio(), filter, scenarios);
        new ComparePrinter(messages()).print(totals, filter, format, out());
        return ExitCodes.OK;
    }
}
