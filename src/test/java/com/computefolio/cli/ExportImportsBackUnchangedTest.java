package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio JSON or deals.csv export imports back without changing what is registered, whatever view it was
 * written from: the netting of umbrella deals and a scenario choose which deals are counted, never what a written
 * deal says. (Exports of the netted view carried Stargate at its counted remainder, and importing them replaced
 * the registered $500B in silence.)
 */
class ExportImportsBackUnchangedTest {

    @TempDir
    Path home;

    private CuratedCommandLine curated;

    @BeforeEach
    void seed() {
        curated = CuratedCommandLine.initIn(home);
    }

    @ParameterizedTest
    @ValueSource(strings = {"as-registered", "firm", "reported", "ceilings", "options", "estimates", "weighted"})
    void aJsonExportUnderAnyScenarioImportsBackWithNothingReplaced(String scenario) {
        Path file = home.resolve(scenario + ".json");
        String stargateBefore = curated.ok("show", "stargate-us-2025").out();
        curated.ok("export", "--scenario", scenario, "--out", file.toString());

        CliRunner.Result r = curated.ok("import", file.toString());

        assertThat(r.out()).contains("0 added, 0 replaced");
        assertThat(curated.ok("show", "stargate-us-2025").out()).isEqualTo(stargateBefore);
    }

    @Test
    void theNettedExportHoldsTheUmbrellasHeadlineNotItsRemainder() throws Exception {
        Path netted = home.resolve("netted.json");
        Path gross = home.resolve("gross.json");
        curated.ok("export", "--out", netted.toString());
        curated.ok("export", "--gross", "--out", gross.toString());

        assertThat(Files.readString(netted)).isEqualTo(Files.readString(gross));
    }

    @Test
    void theNettedDealsCsvHoldsTheUmbrellasHeadlineNotItsRemainder() throws Exception {
        // deals.csv holds one revision a deal, so it does not import back over a longer history (the import
        // refuses to take revisions back); what it holds must still be the registered figures.
        Path netted = home.resolve("netted.csv");
        Path gross = home.resolve("gross.csv");
        curated.ok("export", "--out", netted.toString());
        curated.ok("export", "--gross", "--out", gross.toString());

        assertThat(Files.readString(netted)).isEqualTo(Files.readString(gross)).contains("500000000000");
    }

    @Test
    void aStressOnExportIsRefusedAndWritesNothing() {
        Path file = home.resolve("halved.json");

        CliRunner.Result r = curated.run("export", "--haircut", "50", "--out", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--haircut").contains("Nothing was written");
        assertThat(file).doesNotExist();
    }
}
