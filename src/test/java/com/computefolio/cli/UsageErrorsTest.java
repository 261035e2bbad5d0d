package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line end with exit code 2, a message naming what was wrong, and no database touched. */
class UsageErrorsTest {

    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home);
    }

    @Test
    void anImpossibleDateIsAUsageErrorThatNamesTheOption() {
        Path db = home.resolve("x.db");

        CliRunner.Result r = cli().run("--db", db.toString(), "summary", "--as-of", "2025-02-30");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--as-of").contains("2025-02-30").contains("YYYY-MM-DD");
        assertThat(r.out()).isEmpty();
        assertThat(db).doesNotExist();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRunner.Result r = cli().run("--db", home.resolve("x.db").toString(), "list", "--colour", "red");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--colour").contains("computefolio list --help");
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        CliRunner.Result r = cli().run("sumary");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("summary");
    }

    @Test
    void anUnknownGroupingListsTheAcceptedOnes() {
        CliRunner.Result r = cli().run("summary", "--by", "planet");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--by").contains("COUNTERPARTY").contains("planet");
    }

    @Test
    void fromAfterToIsAUsageError() {
        Path db = home.resolve("x.db");

        CliRunner.Result r = cli().run("--db", db.toString(), "list", "--from", "2026-01-01", "--to", "2025-01-01");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--from 2026-01-01 is after --to 2025-01-01");
    }

    @Test
    void noCommandIsAUsageErrorThatShowsTheCommands() {
        CliRunner.Result r = cli().run("--db", home.resolve("x.db").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("No command given").contains("timeline");
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRunner.Result r = cli().run("--help");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("init", "import", "validate", "export", "list", "show", "summary", "timeline")
                .contains("Exit codes:")
                .contains("1  invalid input")
                .contains("2  usage error")
                .contains("3  a file or the database could not be read or written");
    }

    @Test
    void subcommandHelpDescribesEveryOptionAndArgument() {
        CliRunner.Result r = cli().run("timeline", "--help");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("--granularity=PERIOD   Period: MONTH, QUARTER, YEAR")
                .contains("--as-of=DATE").contains("--party=PARTY").contains("Exit codes:");
    }

    @Test
    void showRefusesCsvAsAUsageError() throws Exception {
        Path db = home.resolve("x.db");
        CliRunner.Result r = cli().run("--db", db.toString(), "show", "any-deal", "--format", "csv");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("csv");
        assertThat(Files.exists(db)).isFalse();
    }
}
