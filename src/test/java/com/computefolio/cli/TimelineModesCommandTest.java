package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code timeline --mode} on the curated data. AWS as known on 2026-01-01: $38B evenly over the 84
 * months from 2025-11, about $452.38M a month, and a quarter of 2026 ($1.357B)
 * is $5.43B at a yearly rate. AMD: 1 GW online by the end of 2026, 6 GW by the end of 2029.
 */
class TimelineModesCommandTest {

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

    private static String rowOf(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in\n" + out));
    }

    @Test
    void annualisedQuartersAreFourTimesTheQuarter() {
        CliRunner.Result perQuarter = run("timeline", "--party", "amazon", "--as-of", "2026-01-01", "--granularity", "quarter",
                "--by", "none", "--format", "csv");
        CliRunner.Result annualised = run("timeline", "--party", "amazon", "--as-of", "2026-01-01", "--granularity", "quarter",
                "--by", "none", "--mode", "annualised", "--format", "csv");

        assertThat(annualised.exitCode()).as(annualised.err()).isEqualTo(ExitCodes.OK);
        // $38B / 84 = 452,380,952.38 a month and a cent more in each of the first 8 months (2025-11 to
        // 2026-06): the second quarter of 2026 is 3 x 452,380,952.39 = 1,357,142,857.17, x4 a year.
        assertThat(rowOf(perQuarter.out(), "2026-Q2")).contains("1357142857.17");
        assertThat(rowOf(annualised.out(), "2026-Q2")).contains("5428571428.68");
    }

    @Test
    void annualisedTableSaysSoAndItsLastRowIsWhatWasCommitted() {
        CliRunner.Result r = run("timeline", "--party", "amazon", "--as-of", "2026-01-01", "--by", "none", "--mode", "annualised");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("annualised (a yearly rate)");
        assertThat(rowOf(r.out(), "Committed in all")).contains("$38.00B");
    }

    @Test
    void cumulativeModeIsTheOldSwitchAndPerPeriodIsTheDefault() {
        assertThat(run("timeline", "--mode", "cumulative").out()).isEqualTo(run("timeline", "--cumulative").out());
        assertThat(run("timeline", "--mode", "per-period").out()).isEqualTo(run("timeline").out());
    }

    @Test
    void capacityOnlineOfAmdIsOneGigawattAtTheEndOf2026() {
        CliRunner.Result r = run("timeline", "--measure", "gw", "--party", "amd", "--mode", "cumulative", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(rowOf(r.out(), "2026")).contains(",1,");
        assertThat(rowOf(r.out(), "2029")).contains(",6,");
    }

    @Test
    void theRunRateAndCapacityOnlineChartsAreDrawnWithTheStatedComputeOnline() throws Exception {
        Path runRate = home.resolve("run-rate.svg");
        Path online = home.resolve("online.svg");

        CliRunner.Result rate = run("chart", "--type", "run_rate", "--granularity", "quarter", "--out", runRate.toString());
        CliRunner.Result capacity = run("chart", "--type", "capacity", "--out", online.toString());

        assertThat(rate.exitCode()).as(rate.err()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(runRate)).contains("at a yearly rate");
        assertThat(capacity.exitCode()).as(capacity.err()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(online)).contains("OpenAI compute online", "Capacity online (GW)");
    }

    @Test
    void anUnknownModeOrTwoModesAreUsageErrors() {
        CliRunner.Result unknown = run("timeline", "--mode", "weekly");
        CliRunner.Result both = run("timeline", "--mode", "annualised", "--cumulative");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("per-period, cumulative, annualised or contracted");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
