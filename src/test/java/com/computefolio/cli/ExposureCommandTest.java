package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/**
 * {@code exposure} over the version 2 shapes file. Fluidstack's lease at TeraWulf is $1.25B a month
 * for 36 months, $45B: Google guarantees $1.4B of it (contingent), Blue Owl owns 80% ($36B) and
 * Meta 20% ($9B) of the venture, Anthropic uses it ($45B); Microsoft has 12.5% of a $40B round ($5B).
 */
class ExposureCommandTest {

    private static final String SHAPES = Path.of("src/test/resources/io/v2-shapes-portfolio.json").toString();

    @TempDir
    Path home;

    private CliRunner cli;
    private String db;

    @BeforeEach
    void importShapes() {
        cli = new CliRunner(home);
        db = home.resolve("shapes.db").toString();
        assertThat(cli.run("--db", db, "import", SHAPES).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aGuaranteeIsShownAsContingentAndOwnersAndEndUsersWithTheirShareOfTheDeal() {
        CliRunner.Result r = cli.run("--db", db, "exposure", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains(
                "google,Google Cloud (Alphabet),GUARANTOR,1,1400000000.00,USD,true",
                "blue-owl,Blue Owl,JV_OWNER,1,36000000000.00,USD,false",
                "meta,Meta,JV_OWNER,1,9000000000.00,USD,false",
                "anthropic,Anthropic,END_USER,1,45000000000.00,USD,false",
                "fluidstack,Fluidstack,BUYER,1,45000000000.00,USD,false",
                "microsoft,Microsoft (Azure),CO_INVESTOR,1,5000000000.00,USD,false");
    }

    @Test
    void theGuaranteeIsNeverAddedToTheGuarantorsCommitments() {
        CliRunner.Result r = cli.run("--db", db, "exposure");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("guarantor", "(contingent)", "never added to commitments");
        assertThat(cli.run("--db", db, "exposure", "--format", "json").out())
                .contains("\"role\" : \"GUARANTOR\"", "\"contingent\" : true").doesNotContain("\"party\" : \"google\",\n      \"partyName\" : \"Google\",\n      \"role\" : \"BUYER\"");
    }

    @Test
    void showSaysWhatVersion2AddsToADeal() {
        CliRunner.Result r = cli.run("--db", db, "show", "fluidstack-terawulf-lease");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Role:           guarantor google: amount $1.40B",
                "joint-venture owner blue-owl: amount -, share 80%",
                "AT_LEAST, REPORTED  (unsourced: source not yet found)",
                "from 2026-01, open-ended: scheduled over 36 months (to 2028-12), placement assumed; ends on notice of 3 months",
                "Capacity:       0.2 GW  UP_TO, REPORTED",
                "Option:         EXTENSION two 5-year extensions: $7.00B, adds 120 months, exercisable 2028-07 to 2028-12",
                "Exit right:     fluidstack may exit on 90 days' notice from 2027-01",
                "LUMP: $500.00M, -  (prepayment)");
    }
}
