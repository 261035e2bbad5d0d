package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chart --type compare} on the curated data: one column (or line) per scenario, each ending
 * at the total the {@code compare} command prints for it; the user's own scenarios drawn too.
 */
class CompareChartCommandTest {

    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    @TempDir
    static Path home;

    private static CuratedCommandLine curated;

    @TempDir
    Path out;

    @BeforeAll
    static void seedOnce() {
        curated = CuratedCommandLine.initIn(home);
    }

    private CliRunner.Result run(String... args) {
        return curated.run(args);
    }

    @Test
    void theDataHasOneColumnPerScenarioEndingAtTheComparedTotals() throws Exception {
        Path csv = out.resolve("compare.csv");

        CliRunner.Result chart = run("chart", "--type", "compare", "--scenarios", "firm,reported,ceilings", "--out", csv.toString());
        CliRunner.Result compare = run("compare", "--scenarios", "firm,reported,ceilings", "--format", "csv");

        assertThat(chart.exitCode()).as(chart.err()).isEqualTo(ExitCodes.OK);
        assertThat(chart.out()).startsWith("Wrote the data of \u201cCumulative commitments under each scenario\u201d");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains("firm (USD billions; running total),reported (USD billions; running total),"
                + "ceilings (USD billions; running total)");
        String[] last = lines.get(lines.size() - 1).split(",");
        String[] rows = compare.out().split("\r\n");
        for (int i = 0; i < 3; i++) {
            BigDecimal compared = new BigDecimal(rows[i + 1].split(",")[4]);
            assertThat(new BigDecimal(last[i + 2]).multiply(BILLION)).as(rows[i + 1]).isEqualByComparingTo(compared);
        }
    }

    @Test
    void withoutScenariosNamedItDrawsEveryOneTheUsersOwnIncluded() throws Exception {
        Path svg = out.resolve("compare.svg");
        CliRunner.Result saved = run("scenarios", "--save", "late-firm", "--base", "firm", "--delay-months", "12");

        CliRunner.Result r = run("chart", "--type", "compare", "--out", svg.toString());

        assertThat(saved.exitCode()).as(saved.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String svgText = Files.readString(svg);
        assertThat(svgText).contains("as-registered: $").contains("firm: $").contains("weighted: $")
                .contains("late-firm, starts 12 months later: $");
    }

    @Test
    void scenariosOnAnotherChartOrAnUnknownScenarioIsAUsageError() {
        CliRunner.Result otherType = run("chart", "--type", "commitments", "--scenarios", "firm", "--out",
                out.resolve("c.svg").toString());
        CliRunner.Result unknown = run("chart", "--type", "compare", "--scenarios", "firm,optimistic", "--out",
                out.resolve("d.svg").toString());

        assertThat(otherType.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(otherType.err()).contains("--scenarios draws on the compare chart");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No scenario is called 'optimistic'");
        assertThat(out.resolve("c.svg")).doesNotExist();
        assertThat(out.resolve("d.svg")).doesNotExist();
    }
}
