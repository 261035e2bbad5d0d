package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioJsonReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export writes format version 2, and version 1 on request only where nothing is lost. */
class FormatVersionExportTest {

    /** The curated data as it was before it gained Arabic names (format version 1): what version 1 can hold whole. */
    private static final Path CURATED = Path.of("src/test/resources/io/openai-portfolio.v1.json");
    private static final Path SHAPES = Path.of("src/test/resources/io/v2-shapes-portfolio.json");

    @TempDir
    Path home;

    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());

    @Test
    void theVersion2ExportOfTheCuratedRegisterHasTheDealsOfItsVersion1ExportAndReimportsToTheSameTotals() throws Exception {
        CuratedCommandLine curated = curatedVersion1();
        Path v2 = home.resolve("v2.json");
        Path v1 = home.resolve("v1.json");
        curated.ok("export", "--out", v2.toString());
        curated.ok("export", "--format-version", "1", "--out", v1.toString());
        CliRunner cli = new CliRunner(home);
        String fromV2 = home.resolve("from-v2.db").toString();
        String fromV1 = home.resolve("from-v1.db").toString();
        assertThat(cli.run("--db", fromV2, "import", v2.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("--db", fromV1, "import", v1.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        assertThat(Files.readString(v2, StandardCharsets.UTF_8)).contains("\"formatVersion\": 2", "\"party\": \"openai\"");
        assertThat(sortedDeals(reader.read(v2))).isEqualTo(sortedDeals(reader.read(v1)));
        assertThat(cli.run("--db", fromV2, "summary", "--format", "json").out())
                .isEqualTo(cli.run("--db", fromV1, "summary", "--format", "json").out()).contains("\"rows\"");
    }

    @Test
    void version1IsWrittenWhereNothingIsLostInTheShapeOfTheCuratedVersion1File() throws Exception {
        CuratedCommandLine curated = curatedVersion1();
        Path v1 = home.resolve("v1.json");

        curated.ok("export", "--format-version", "1", "--out", v1.toString());

        String written = Files.readString(v1, StandardCharsets.UTF_8);
        assertThat(written).contains("\"formatVersion\": 1", "\"capacityGw\"").doesNotContain("\"capacity\":", "\"party\"");
        assertThat(reader.read(v1).problems()).isEmpty();
        assertThat(reader.read(v1).portfolio().contextSeries())
                .containsExactlyInAnyOrderElementsOf(reader.read(CURATED).portfolio().contextSeries());
    }

    @Test
    void version1IsRefusedWithTheListOfWhatItWouldLoseAndNothingIsWritten() {
        CliRunner cli = new CliRunner(home);
        String db = home.resolve("shapes.db").toString();
        assertThat(cli.run("--db", db, "import", SHAPES.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Path v1 = home.resolve("v1.json");

        CliRunner.Result refused = cli.run("--db", db, "export", "--format-version", "1", "--out", v1.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("Refusing to write " + v1 + " as format version 1",
                "fluidstack-terawulf-lease: roles (guarantor google)",
                "fluidstack-terawulf-lease: roles (jv owner blue-owl)",
                "fluidstack-terawulf-lease: revision 2025-08-14: value.basis PER_MONTH",
                "fluidstack-terawulf-lease: revision 2025-08-14: otherFigures[0].unsourced",
                "fluidstack-terawulf-lease: revision 2025-08-14: term.openEnded",
                "fluidstack-terawulf-lease: revision 2025-08-14: schedule[0].prepayment",
                "floor: revision 2025-09-10: value.basis AT_LEAST",
                "context series anthropic-revenue: party anthropic");
        assertThat(v1).doesNotExist();
    }

    @Test
    void aFormatVersionOtherThan1Or2IsAUsageError() {
        CuratedCommandLine curated = CuratedCommandLine.initIn(home);

        CliRunner.Result r = curated.run("export", "--format-version", "3", "--out", home.resolve("x.json").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--format-version 3 is not possible");
    }

    private static List<Deal> sortedDeals(ReadResult read) {
        assertThat(read.problems()).isEmpty();
        return read.portfolio().deals().stream().sorted(Comparator.comparing(Deal::id)).toList();
    }

    @Test
    void translationsAreNamedAmongWhatVersion1WouldLose() {
        CuratedCommandLine curated = CuratedCommandLine.initIn(home);
        Path v1 = home.resolve("v1.json");

        CliRunner.Result refused = curated.run("export", "--format-version", "1", "--out", v1.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("party amazon: translations (ar)", "aws-cloud-2025: translations (ar)");
        assertThat(v1).doesNotExist();
    }

    /** A register made empty and filled from the curated version 1 file, which has no translations. */
    private CuratedCommandLine curatedVersion1() {
        CuratedCommandLine curated = CuratedCommandLine.initEmptyIn(home);
        curated.ok("import", CURATED.toString());
        return curated;
    }
}
