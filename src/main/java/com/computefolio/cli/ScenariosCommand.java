package com.computefolio.cli;

import com.computefolio.cli.TextTable.Align;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.ScenarioFile;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import com.computefolio.service.text.FailureTexts;
import java.math.BigDecimal;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lists every scenario (built-in and the user's own), or saves one of the user's own made from a
 * built-in base with a stress (docs/scenarios.md).
 */
@Command(name = "scenarios")
final class ScenariosCommand extends ServiceCommand {

    @Option(names = "--save", paramLabel = "NAME")
    private String save;

    @Option(names = "--base", paramLabel = "SCENARIO", defaultValue = "as-registered")
    private String base;

    @Option(names = "--delay-months", paramLabel = "N", defaultValue = "0")
    private int delayMonths;

    @Option(names = "--haircut", paramLabel = "PERCENT", defaultValue = "0")
    private BigDecimal haircut;

    @Override
    public Integer call() {
        ScenarioFile file = ownScenarios();
        if (save != null) {
            Scenario from = Scenarios.builtIn().find(base).orElseThrow(() -> usageError("error.unknownScenario",
                    base, String.join(", ", Scenarios.builtIn().all().stream().map(Scenario::name).toList())));
            Scenario saved;
            try {
                saved = from.withName(save.strip()).withStress(new Stress(delayMonths, haircut));
            } catch (IllegalArgumentException e) {
                throw usageError("error.badScenario", new FailureTexts(messages().texts()).say(e));
            }
            file.save(saved, base);
            out().println(messages().get("scenarios.saved", saved.name(), file.path()));
            out().flush();
            return ExitCodes.OK;
        }
        TextTable table = new TextTable()
                .column(messages().get("compare.column.scenario"), Align.LEFT)
                .column(messages().get("scenarios.column.figures"), Align.LEFT)
                .column(messages().get("scenarios.column.weighted"), Align.LEFT);
        for (Scenario s : file.load().all()) {
            table.row(Arrays.asList(ScenarioText.words(s, messages()), messages().get("scenarios.tier." + s.tier().name()),
                    messages().get(s.weights() == null ? "scenarios.weighted.no" : "scenarios.weighted.yes")));
        }
        table.print(out());
        out().flush();
        return ExitCodes.OK;
    }
}
