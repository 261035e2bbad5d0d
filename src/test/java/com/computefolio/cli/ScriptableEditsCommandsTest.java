package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** add, set and delete from a shell: each checked, each one transaction, a stale version a conflict (exit 5). */
class ScriptableEditsCommandsTest {

    private static final String NEW_DEAL = """
            {
              "format": "computefolio-portfolio",
              "formatVersion": 1,
              "sources": [ { "id": "X1", "publisher": "Example News", "url": "https://example.com/a" } ],
              "deals": [ {
                "id": "openai-example-2026", "title": "Example capacity", "buyer": "openai", "counterparty": "amazon",
                "kind": "CLOUD_SERVICES", "direction": "COMMITMENT", "announced": "2026-01-05",
                "revisions": [ {
                  "knownFrom": "2026-01-05", "status": "REPORTED",
                  "value": { "basis": "TOTAL_OVER_TERM", "amount": "1000000000", "currency": "USD",
                             "confidence": "REPORTED", "sources": ["X1"] },
                  "term": { "start": "2026-02", "months": 12 }, "sources": ["X1"]
                } ]
              } ]
            }
            """;

    @TempDir
    Path home;

    private CuratedCommandLine curated;

    @BeforeEach
    void seed() {
        curated = CuratedCommandLine.initIn(home);
    }

    private Path newDealFile() throws Exception {
        Path file = home.resolve("new-deal.json");
        Files.writeString(file, NEW_DEAL);
        return file;
    }

    private long version(String id) {
        String line = curated.ok("show", id).out().lines().filter(l -> l.strip().startsWith("Version:")).findFirst().orElseThrow();
        return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
    }

    @Test
    void addBringsInANewDealCheckedLikeAnImport() throws Exception {
        CliRunner.Result added = curated.run("add", newDealFile().toString());

        assertThat(added.exitCode()).as(added.err()).isEqualTo(ExitCodes.OK);
        assertThat(added.out()).contains("Added 1 deal(s)");
        assertThat(curated.ok("show", "openai-example-2026").out()).contains("Example capacity").contains("$1.00B");
    }

    @Test
    void addingADealThatIsThereIsAConflictAndChangesNothing() throws Exception {
        Path file = newDealFile();
        curated.ok("add", file.toString());
        long before = version("openai-example-2026");

        CliRunner.Result again = curated.run("add", file.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(again.err()).contains("openai-example-2026");
        assertThat(version("openai-example-2026")).isEqualTo(before);
    }

    @Test
    void addRefusesAnInvalidDealWithItsLocation() throws Exception {
        Path file = home.resolve("bad.json");
        Files.writeString(file, NEW_DEAL.replace("\"status\": \"REPORTED\"", "\"status\": \"WHENEVER\""));

        CliRunner.Result r = curated.run("add", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("bad.json").contains("status");
        assertThat(curated.run("show", "openai-example-2026").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void setEditsTheCurrentRevisionOrAddsADatedOne() {
        int revisions = curated.ok("show", "cerebras-compute-2026").out().split("Revision ").length;

        curated.ok("set", "cerebras-compute-2026", "status=ACTIVE", "tags=chips,wafer");
        CliRunner.Result revised = curated.ok("set", "cerebras-compute-2026", "--known-from", "2026-06-01", "status=PAUSED",
                "change=Paused for the example");

        assertThat(revised.out()).contains("known from 2026-06-01");
        String shown = curated.ok("show", "cerebras-compute-2026").out();
        assertThat(shown.split("Revision ").length).isEqualTo(revisions + 1);
        assertThat(shown).contains("chips, wafer").contains("PAUSED").contains("ACTIVE").contains("Paused for the example");
    }

    @Test
    void setRefusesBadValuesNamingEachField() {
        long before = version("cerebras-compute-2026");

        CliRunner.Result r = curated.run("set", "cerebras-compute-2026", "status=WHENEVER", "value=1.234", "colour=red");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("colour");
        CliRunner.Result values = curated.run("set", "cerebras-compute-2026", "status=WHENEVER", "value=1.234");
        assertThat(values.err()).contains("status").contains("value").contains("2 problems");
        assertThat(version("cerebras-compute-2026")).isEqualTo(before);
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        long v = version("cerebras-compute-2026");
        curated.ok("set", "cerebras-compute-2026", "status=ACTIVE", "--expect-version", Long.toString(v));

        CliRunner.Result stale = curated.run("set", "cerebras-compute-2026", "status=PAUSED", "--expect-version", Long.toString(v));
        CliRunner.Result staleDelete = curated.run("delete", "cerebras-compute-2026", "--expect-version", Long.toString(v));

        assertThat(stale.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(staleDelete.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(curated.ok("show", "cerebras-compute-2026").out()).contains("ACTIVE").doesNotContain("PAUSED");
    }

    @Test
    void deleteRemovesTheDealAndAnUnknownIdIsRefused() {
        curated.ok("delete", "cerebras-compute-2026", "--expect-version", Long.toString(version("cerebras-compute-2026")));

        assertThat(curated.run("show", "cerebras-compute-2026").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(curated.run("delete", "cerebras-compute-2026").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void twoWritersWithTheSameExpectedVersionOneWinsOneConflictsNothingLost() throws Exception {
        String v = Long.toString(version("cerebras-compute-2026"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<CliRunner.Result>> writers = List.of(
                    () -> {
                        start.await();
                        return curated.run("set", "cerebras-compute-2026", "hardware=Writer A", "--expect-version", v);
                    },
                    () -> {
                        start.await();
                        return curated.run("set", "cerebras-compute-2026", "hardware=Writer B", "--expect-version", v);
                    });
            List<Future<CliRunner.Result>> results = writers.stream().map(pool::submit).toList();
            start.countDown();
            CliRunner.Result a = results.get(0).get();
            CliRunner.Result b = results.get(1).get();

            assertThat(List.of(a.exitCode(), b.exitCode())).containsExactlyInAnyOrder(ExitCodes.OK, ExitCodes.CONFLICT);
            String winner = a.exitCode() == ExitCodes.OK ? "Writer A" : "Writer B";
            String loser = a.exitCode() == ExitCodes.OK ? "Writer B" : "Writer A";
            String shown = curated.ok("show", "cerebras-compute-2026").out();
            assertThat(shown).contains(winner).doesNotContain(loser);
            assertThat(version("cerebras-compute-2026")).isEqualTo(Long.parseLong(v) + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
