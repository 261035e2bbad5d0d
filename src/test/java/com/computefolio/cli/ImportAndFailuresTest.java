package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing commands: all-or-nothing imports, validation, export, and the exit codes of failures. */
class ImportAndFailuresTest {

    private static final String VALID = """
            {
              "format": "computefolio-portfolio",
              "formatVersion": 1,
              "sources": [
                { "id": "T1", "publisher": "Test Wire", "title": "A test deal", "url": "https://example.com/t1",
                  "published": "2026-01-10" }
              ],
              "parties": [ { "id": "testco", "name": "TestCo Cloud", "kind": "NEOCLOUD" } ],
              "deals": [
                {
                  "id": "openai-testco-2026",
                  "title": "TestCo capacity",
                  "buyer": "openai",
                  "counterparty": "testco",
                  "kind": "CLOUD_SERVICES",
                  "direction": "COMMITMENT",
                  "announced": "2026-01-10",
                  "revisions": [
                    {
                      "knownFrom": "2026-01-10",
                      "status": "DEFINITIVE",
                      "value": { "basis": "TOTAL_OVER_TERM", "amount": "1200000000", "currency": "USD",
                                 "confidence": "OFFICIAL", "sources": ["T1"] },
                      "term": { "start": "2026-01", "months": 12 },
                      "sources": ["T1"]
                    }
                  ]
                }
              ]
            }
            """;

    @TempDir
    Path home;

    private CliRunner cli;
    private String db;

    @BeforeEach
    void seed() {
        cli = new CliRunner(home);
        db = home.resolve("register.db").toString();
        assertThat(cli.run("--db", db, "init").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aBadFileIsRefusedWithFileAndLineAndNothingIsWritten() throws IOException {
        Path good = write("good.json", VALID);
        // Line 15 of the file: a kind that does not exist.
        Path bad = write("bad.json", VALID.replace("\"kind\": \"CLOUD_SERVICES\"", "\"kind\": \"TELEPORTATION\""));
        String before = cli.run("--db", db, "list", "--format", "csv").out();

        CliRunner.Result r = cli.run("--db", db, "import", good.toString(), bad.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("bad.json:15:").contains("TELEPORTATION").contains("nothing was written");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.run("--db", db, "list", "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsImportedAndShows() throws IOException {
        Path good = write("good.json", VALID);

        CliRunner.Result r = cli.run("--db", db, "import", good.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("deals:   1 added");
        assertThat(cli.run("--db", db, "show", "openai-testco-2026").out()).contains("[T1] Test Wire").contains("$1.20B");
    }

    @Test
    void validateReportsProblemsWithoutWriting() throws IOException {
        Path bad = write("bad.json", VALID.replace("\"amount\": \"1200000000\"", "\"amount\": \"1.234\""));
        String before = cli.run("--db", db, "list", "--format", "csv").out();

        CliRunner.Result invalid = cli.run("--db", db, "validate", bad.toString());
        CliRunner.Result valid = cli.run("--db", db, "validate", write("good.json", VALID).toString());

        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.err()).contains("bad.json:").contains("amount");
        assertThat(valid.exitCode()).as(valid.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("--db", db, "list", "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void exportWritesJsonOrCsvByFileName() {
        Path json = home.resolve("out/register.json");
        Path csv = home.resolve("out/amazon.csv");

        CliRunner.Result r1 = cli.run("--db", db, "export", "--out", json.toString());
        CliRunner.Result r2 = cli.run("--db", db, "export", "--out", csv.toString(), "--party", "amazon");

        assertThat(r1.exitCode()).as(r1.err()).isEqualTo(ExitCodes.OK);
        assertThat(r2.exitCode()).as(r2.err()).isEqualTo(ExitCodes.OK);
        assertThat(json).content().contains("\"computefolio-portfolio\"").contains("aws-cloud-2025");
        assertThat(csv).content().contains("id,title,buyer").contains("aws-cloud-2025").doesNotContain("oracle");
    }

    @Test
    void aDatabaseThatIsNotOneIsAStorageError() throws IOException {
        Path notADb = write("notes.db", "this is a text file, not a database\n".repeat(200));

        CliRunner.Result r = cli.run("--db", notADb.toString(), "list");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(r.err()).contains("notes.db").doesNotContain("\tat ");
        assertThat(notADb).content().startsWith("this is a text file");
    }

    @Test
    void aDatabaseInAFolderThatCannotBeCreatedIsAStorageError() throws IOException {
        Path file = write("plain-file", "x");

        CliRunner.Result r = cli.run("--db", file.resolve("sub/register.db").toString(), "summary");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(r.err()).contains("plain-file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(home.resolve(name), content);
    }
}
