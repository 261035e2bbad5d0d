package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid register whose total is beyond a long: 100 deals of 10^15 USD (the input limit) in 2030,
 * half of them with "giant-a", half with "giant-b". Every command that adds them up either prints
 * the exact total or refuses with exit code 1 and a message, never a stack trace or a negative total,
 * and writes no file when it refuses.
 */
class TotalsBeyondALongCommandsTest {

    private static final String REFUSAL = "beyond what Computefolio can add exactly ($92,233T)";

    @TempDir
    static Path home;

    private static CliRunner cli;
    private static String db;

    @TempDir
    Path out;

    @BeforeAll
    static void seedOnce() throws IOException {
        cli = new CliRunner(home);
        db = home.resolve("giant.db").toString();
        assertThat(cli.run("--db", db, "init").exitCode()).isEqualTo(ExitCodes.OK);
        Path file = home.resolve("giants.json");
        Files.writeString(file, register(100));
        CliRunner.Result imported = cli.run("--db", db, "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    }

    private static String register(int deals) {
        StringBuilder json = new StringBuilder("""
                { "format": "computefolio-portfolio", "formatVersion": 1,
                  "sources": [ { "id": "G1", "publisher": "Test Wire", "url": "https://example.com/g1" } ],
                  "parties": [ { "id": "giant-a", "name": "Giant A", "kind": "NEOCLOUD" },
                               { "id": "giant-b", "name": "Giant B", "kind": "NEOCLOUD" } ],
                  "deals": [
                """);
        for (int i = 0; i < deals; i++) {
            json.append(i == 0 ? "" : ",\n").append("""
                    { "id": "giant-%d", "title": "Giant %d", "buyer": "openai", "counterparty": "giant-%s",
                      "kind": "CLOUD_SERVICES", "direction": "COMMITMENT", "announced": "2030-01-02",
                      "revisions": [ { "knownFrom": "2030-01-02", "status": "DEFINITIVE",
                        "value": { "basis": "TOTAL_OVER_TERM", "amount": "1000000000000000", "currency": "USD",
                                   "confidence": "OFFICIAL", "sources": ["G1"] },
                        "term": { "start": "2030-01", "months": 12 }, "sources": ["G1"] } ] }""".formatted(i, i, i % 2 == 0 ? "a" : "b"));
        }
        return json.append("]}\n").toString();
    }

    private CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db;
        System.arraycopy(args, 0, withDb, 2, args.length);
        return cli.run(withDb);
    }

    private static void assertRefused(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(REFUSAL).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("-$");
    }

    @Test
    void theSummaryRefusesInEveryFormat() {
        assertRefused(run("summary"));
        assertRefused(run("summary", "--format", "json"));
        assertRefused(run("summary", "--format", "csv"));
    }

    @Test
    void aSummaryOfOneHalfIsExact() {
        CliRunner.Result r = run("summary", "--party", "giant-a", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        // 50 × 10^15 USD, to the cent.
        assertThat(r.out()).contains("50000000000000000.00");
    }

    @Test
    void theTimelineRefusesAndAWindowThatFitsIsExact() {
        assertRefused(run("timeline", "--granularity", "year"));
        assertRefused(run("timeline", "--cumulative"));

        // Half a year of 100 deals: 10^17 cents / 12 months is 8,333,333,333,333,333 cents a month with one
        // more in each of the first 4 months, so 6 months are 50,000,000,000,000,002 cents a deal.
        CliRunner.Result half = run("timeline", "--party", "giant-a,giant-b", "--from", "2030-01-01", "--to", "2030-06-30",
                "--granularity", "year",
                "--format", "json");
        assertThat(half.exitCode()).as(half.err()).isEqualTo(ExitCodes.OK);
        assertThat(half.out()).contains("\"total\" : \"50000000000000002.00\"");
    }

    @Test
    void chartsReportsAndTheirDataRefuseAndWriteNothing() {
        for (String name : new String[] {"chart.svg", "chart.xlsx", "chart.csv"}) {
            Path file = out.resolve(name);
            assertRefused(run("chart", "--type", "cumulative", "--out", file.toString()));
            assertThat(file).doesNotExist();
        }
        Path pdf = out.resolve("report.pdf");
        assertRefused(run("report", "--out", pdf.toString()));
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theDealsThemselvesStillExportExactly() throws IOException {
        Path csv = out.resolve("deals.csv");

        CliRunner.Result r = run("export", "--out", csv.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(csv)).contains("giant-99").contains(",1000000000000000,");
    }
}
