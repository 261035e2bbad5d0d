package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-importing an older export over newer edits: the register's deal has a revision the file's
 * deal lacks. The import is refused with the deals it would take back, and {@code --replace} does it.
 */
class ImportTakeBackTest {

    private static final List<Party> PARTIES = List.of(new Party("openai", "OpenAI", PartyKind.AI_LAB),
            new Party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD));

    private static final Source T1 = DealBuilder.source("T-take-back");

    @TempDir
    Path home;

    private CliRunner cli;
    private String db;
    private Path older;

    @BeforeEach
    void registerWithANewerRevision() throws Exception {
        cli = new CliRunner(home);
        db = home.resolve("register.db").toString();
        Deal first = aws().value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build();
        Deal edited = aws().value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                .then("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM).build();
        older = write("older.json", first, DealBuilder.deal("untouched").sources(T1).revisionSources(T1).build());
        Path newer = write("newer.json", edited);
        CliRunner.Result imported = cli.run("--db", db, "import", newer.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void anOlderFileIsRefusedNamingTheDealsAndTheRevisionsItWouldTakeBack() {
        String before = cli.run("--db", db, "show", "aws", "--format", "json").out();

        CliRunner.Result r = cli.run("--db", db, "import", older.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(older + ":", "$.deals[0]", "\"aws\"", "2026-02-27", "take")
                .contains("1 deal (aws)", "nothing was written", "import --replace")
                .doesNotContain("untouched");
        assertThat(cli.run("--db", db, "show", "aws", "--format", "json").out()).isEqualTo(before);
        assertThat(cli.run("--db", db, "show", "untouched").exitCode()).isNotZero();
    }

    @Test
    void replaceTakesTheRevisionsBack() {
        CliRunner.Result r = cli.run("--db", db, "import", "--replace", older.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("deals:   1 added, 1 replaced");
        assertThat(cli.run("--db", db, "show", "aws").out()).doesNotContain("2026-02-27");
    }

    @Test
    void aFileWithTheWholeHistoryAndMoreIsNotOlder() throws Exception {
        Deal further = aws().value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                .then("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM)
                .then("2026-06-01").value("55", ValueBasis.TOTAL_OVER_TERM).build();

        CliRunner.Result r = cli.run("--db", db, "import", write("further.json", further).toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("deals:   0 added, 1 replaced");
    }

    /** A source of these tests' own: the curated data the command line seeds has its own S1. */
    private static DealBuilder aws() {
        return DealBuilder.deal("aws").sources(T1).revisionSources(T1);
    }

    private Path write(String name, Deal... deals) throws Exception {
        Path file = Files.createDirectories(home.resolve("files")).resolve(name);
        new PortfolioJsonWriter().write(new Portfolio("test", PARTIES, List.of(deals), List.of()), file);
        return file;
    }
}
