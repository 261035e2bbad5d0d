package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history ID and history: the audit trail of set, delete and import, with the reasons given by --reason. */
class HistoryCommandTest {

    @TempDir
    Path home;

    private CuratedCommandLine curated;

    @BeforeEach
    void seed() {
        curated = CuratedCommandLine.initIn(home);
    }

    @Test
    void historyOfADealShowsEachChangeNewestFirstWithWhoWhyAndTheFields() {
        curated.ok("set", "cerebras-compute-2026", "title=AWS compute", "--reason", "the press release's name");
        curated.ok("set", "cerebras-compute-2026", "hardware=GB300");

        String out = curated.ok("history", "cerebras-compute-2026").out();

        assertThat(out).contains(System.getProperty("user.name"))
                .contains("Reason: the press release's name")
                .contains("title: ")
                .contains("\u2192 AWS compute")
                .contains("hardware: ");
        assertThat(out.indexOf("GB300")).isLessThan(out.indexOf("AWS compute"));
    }

    @Test
    void aDeletedDealKeepsItsHistory() {
        curated.ok("delete", "cerebras-compute-2026", "--reason", "duplicate of another");

        String out = curated.ok("history", "cerebras-compute-2026").out();

        assertThat(out).contains("deleted cerebras-compute-2026").contains("Reason: duplicate of another")
                .contains("title: ").contains("(none)");
    }

    @Test
    void historyWithoutAnIdListsTheLatestAcrossTheRegisterUpToTheLimit() {
        curated.ok("set", "cerebras-compute-2026", "hardware=A", "--reason", "first");
        curated.ok("set", "cerebras-compute-2026", "hardware=B", "--reason", "second");

        String out = curated.ok("history", "--limit", "1").out();

        assertThat(out).contains("Reason: second").doesNotContain("Reason: first");
    }

    @Test
    void aDealWithoutRecordedChangesSaysSo() {
        assertThat(curated.ok("history", "no-such-deal").out()).contains("No recorded changes of no-such-deal.");
        assertThat(curated.run("history", "--limit", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
