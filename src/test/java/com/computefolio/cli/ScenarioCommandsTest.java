package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --scenario on the curated data: the default stays as it was, scenarios say their name, bad names are refused. */
class ScenarioCommandsTest {

    @TempDir
    static Path home;

    private static CuratedCommandLine curated;

    @BeforeAll
    static void seedOnce() {
        curated = CuratedCommandLine.initIn(home);
    }

    private CliRunner.Result run(String... args) {
        return curated.run(args);
    }

    @Test
    void theDefaultScenarioPrintsExactlyWhatNoScenarioPrints() {
        for (String command : new String[] {"summary", "list", "timeline"}) {
            CliRunner.Result plain = run(command);
            CliRunner.Result named = run(command, "--scenario", "as-registered");

            assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCodes.OK);
            assertThat(named.out()).as(command).isEqualTo(plain.out());
            assertThat(plain.out()).doesNotContain("Scenario:");
        }
    }

    @Test
    void aScenarioSaysItsNameAboveEveryTotal() {
        assertThat(run("summary", "--scenario", "firm").out()).contains("Scenario: firm");
        assertThat(run("list", "--scenario", "firm", "--haircut", "20").out()).contains("Scenario: firm, haircut 20%");
        assertThat(run("timeline", "--scenario", "ceilings", "--delay-months", "6").out())
                .contains("Scenario: ceilings, starts 6 months later");
        assertThat(run("summary", "--scenario", "firm", "--format", "csv").out()).contains(",scenario\r\n").contains(",firm\r\n");
        assertThat(run("summary", "--scenario", "weighted", "--format", "json").out()).contains("\"scenario\" : \"weighted\"");
    }

    @Test
    void compareListsOneRowPerScenarioInTheOrderAsked() {
        CliRunner.Result r = run("compare", "--scenarios", "firm,reported,ceilings", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String[] lines = r.out().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("firm,");
        assertThat(lines[2]).startsWith("reported,");
        assertThat(lines[3]).startsWith("ceilings,");
        assertThat(commitments(lines[1])).isLessThanOrEqualTo(commitments(lines[2]));
        assertThat(commitments(lines[2])).isLessThanOrEqualTo(commitments(lines[3]));
    }

    @Test
    void anUnknownScenarioOrAStressOutOfRangeIsAUsageError() {
        CliRunner.Result unknown = run("summary", "--scenario", "optimistic");
        CliRunner.Result badHaircut = run("summary", "--scenario", "firm", "--haircut", "120");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No scenario is called 'optimistic'").contains("firm").contains("weighted");
        assertThat(badHaircut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badHaircut.err()).contains("120");
    }

    @Test
    void aSavedScenarioCanBeNamedLikeABuiltInOne() throws Exception {
        CliRunner.Result saved = run("scenarios", "--save", "late-ceilings", "--base", "ceilings", "--delay-months", "6");
        CliRunner.Result listed = run("scenarios");
        CliRunner.Result used = run("summary", "--scenario", "late-ceilings");
        CliRunner.Result ceilings = run("summary", "--scenario", "ceilings");

        assertThat(saved.exitCode()).as(saved.err()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(home.resolve("scenarios.json"))).contains("\"late-ceilings\"");
        assertThat(listed.out()).contains("late-ceilings, starts 6 months later").contains("weighted");
        assertThat(used.out()).contains("Scenario: late-ceilings, starts 6 months later");
        // A delay moves money in time, not in amount: the totals are those of ceilings.
        assertThat(used.out().lines().filter(l -> l.startsWith("Total")).toList())
                .isEqualTo(ceilings.out().lines().filter(l -> l.startsWith("Total")).toList());
    }

    @Test
    void aBuiltInNameCannotBeSavedOver() {
        CliRunner.Result r = run("scenarios", "--save", "firm", "--base", "ceilings");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("'firm' is a built-in scenario");
    }

    @Test
    void chartsAndExportsOfAScenarioSayWhichOneMadeThem() throws Exception {
        Path svg = home.resolve("firm.svg");
        Path csv = home.resolve("firm.csv");
        Path json = home.resolve("firm.json");

        CliRunner.Result chart = run("chart", "--type", "commitments", "--scenario", "firm", "--out", svg.toString());
        CliRunner.Result data = run("chart", "--type", "cumulative", "--scenario", "firm", "--haircut", "10", "--out", csv.toString());
        CliRunner.Result export = run("export", "--scenario", "firm", "--out", json.toString());

        assertThat(chart.exitCode()).as(chart.err()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(svg)).contains("scenario: firm");
        assertThat(data.exitCode()).as(data.err()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(csv).lines().findFirst().orElseThrow()).contains("scenario: firm, haircut 10%");
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
        // Firm leaves letters of intent out: the export holds the deals the scenario counts, each with its
        // registered history (an earlier revision may still say LETTER_OF_INTENT; the latest may not).
        com.fasterxml.jackson.databind.JsonNode deals = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).get("deals");
        assertThat(deals.size()).isPositive();
        for (com.fasterxml.jackson.databind.JsonNode deal : deals) {
            com.fasterxml.jackson.databind.JsonNode revisions = deal.get("revisions");
            assertThat(revisions.get(revisions.size() - 1).get("status").asText()).as(deal.get("id").asText())
                    .isNotEqualTo("LETTER_OF_INTENT");
        }
        assertThat(deals.findValuesAsText("id")).doesNotContain("nvidia-systems-loi-2025");
    }

    private static java.math.BigDecimal commitments(String csvLine) {
        return new java.math.BigDecimal(csvLine.split(",")[4]);
    }
}
