package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --buyer, --counterparty, --party and --not-party on the curated data, where OpenAI buys every deal. */
class RoleFilterCommandsTest {

    @TempDir
    static Path home;

    private static CuratedCommandLine curated;

    @BeforeAll
    static void seedOnce() {
        curated = CuratedCommandLine.initIn(home);
    }

    private static int rows(String... filter) {
        String[] args = new String[filter.length + 3];
        args[0] = "list";
        args[1] = "--format";
        args[2] = "csv";
        System.arraycopy(filter, 0, args, 3, filter.length);
        return curated.ok(args).out().split("\r\n").length - 1;
    }

    @Test
    void microsoftAsABuyerIsNotMicrosoftAsASupplier() {
        assertThat(rows("--party", "microsoft")).isEqualTo(5);
        assertThat(rows("--counterparty", "microsoft")).isEqualTo(5);
        assertThat(rows("--buyer", "microsoft")).isZero();
        assertThat(rows("--buyer", "openai")).isEqualTo(rows());
    }

    @Test
    void notPartyLeavesOutEveryDealOfTheParty() {
        assertThat(rows("--not-party", "microsoft")).isEqualTo(rows() - 5);
        assertThat(rows("--not-party", "microsoft,nvidia")).isEqualTo(rows() - 8);
        assertThat(rows("--not-party", "microsoft", "--not-party", "nvidia")).isEqualTo(rows() - 8);
    }

    @Test
    void partiesAreNamedByIdOrNameInAnyCase() {
        assertThat(rows("--counterparty", "Microsoft (Azure)")).isEqualTo(5);
        assertThat(rows("--counterparty", "MICROSOFT")).isEqualTo(5);
        assertThat(curated.ok("summary", "--buyer", "OpenAI", "--not-party", "coreweave").out())
                .isEqualTo(curated.ok("summary", "--not-party", "coreweave").out());
    }

    @Test
    void anUnknownPartyIsRefusedWithTheListOfKnownOnes() {
        for (String option : new String[] {"--buyer", "--counterparty", "--party", "--not-party"}) {
            CliRunner.Result r = curated.run("summary", option, "micro");

            assertThat(r.exitCode()).as(option).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("micro").contains("Microsoft (Azure) (microsoft)").contains("OpenAI (openai)");
        }
    }
}
