package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: an import whose party or source id is in the register with other content says so with
 * both versions and waits for a choice; the counts printed say what really happened.
 */
class HonestImportsCommandsTest {

    /** A new Microsoft deal whose file calls the party "Microsoft Corp." and gives S24 another address. */
    private static final String CLASHING = """
            {
              "format": "computefolio-portfolio",
              "formatVersion": 1,
              "sources": [ { "id": "S24", "publisher": "DigiTimes", "url": "https://example.com/moved" } ],
              "parties": [ { "id": "microsoft", "name": "Microsoft Corp.", "kind": "HYPERSCALER_CLOUD" } ],
              "deals": [ {
                "id": "microsoft-example-2026", "title": "Example", "buyer": "openai", "counterparty": "microsoft",
                "kind": "CLOUD_SERVICES", "direction": "COMMITMENT", "announced": "2026-01-05",
                "revisions": [ {
                  "knownFrom": "2026-01-05", "status": "REPORTED",
                  "value": { "basis": "TOTAL_OVER_TERM", "amount": "1000000000", "currency": "USD",
                             "confidence": "REPORTED", "sources": ["S24"] },
                  "sources": ["S24"]
                } ]
              } ]
            }
            """;

    @TempDir
    Path home;

    private CuratedCommandLine curated;
    private Path file;

    @BeforeEach
    void seed() throws Exception {
        curated = CuratedCommandLine.initIn(home);
        file = home.resolve("clashing.json");
        Files.writeString(file, CLASHING);
    }

    @Test
    void aClashIsRefusedWithBothVersionsSideBySideAndNothingWritten() {
        CliRunner.Result r = curated.run("import", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("clashing.json:")
                .contains("\u201cMicrosoft (Azure)\u201d").contains("\u201cMicrosoft Corp.\u201d")
                .contains("apps.digitimes.com").contains("https://example.com/moved")
                .contains("--keep-existing").contains("--replace");
        assertThat(curated.run("show", "microsoft-example-2026").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void keepExistingImportsTheRestAndCitesTheRegistersVersions() {
        CliRunner.Result r = curated.ok("import", "--keep-existing", file.toString());

        assertThat(r.out()).contains("deals:   1 added, 0 replaced, 0 unchanged")
                .contains("parties: 0 added, 0 replaced, 0 unchanged, 1 kept as in the register")
                .contains("sources: 0 added, 0 replaced, 0 unchanged, 1 kept as in the register");
        String shown = curated.ok("show", "microsoft-example-2026").out();
        assertThat(shown).contains("Microsoft (Azure)").contains("apps.digitimes.com").doesNotContain("example.com/moved");
    }

    @Test
    void replaceWritesTheFilesVersionsForEveryDealThatCitesThem() {
        CliRunner.Result r = curated.ok("import", "--replace", file.toString());

        assertThat(r.out()).contains("parties: 0 added, 1 replaced").contains("sources: 0 added, 1 replaced");
        assertThat(curated.ok("show", "aws-cloud-2025").out()).contains("https://example.com/moved");
        assertThat(curated.ok("list", "--counterparty", "microsoft").out()).contains("Microsoft Corp.");
    }

    @Test
    void bothChoicesAtOnceIsAUsageError() {
        assertThat(curated.run("import", "--replace", "--keep-existing", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importingWhatTheRegisterHasReportsItUnchangedAndWritesNothing() throws Exception {
        Path again = home.resolve("again.json");
        curated.ok("export", "--format", "json", "--gross", "--out", again.toString());
        String before = curated.ok("show", "aws-cloud-2025").out();

        CliRunner.Result r = curated.ok("import", again.toString());

        assertThat(r.out()).contains("deals:   0 added, 0 replaced, 27 unchanged")
                .contains("parties: 0 added, 0 replaced, 17 unchanged, 0 kept")
                .contains("sources: 0 added, 0 replaced, 34 unchanged, 0 kept");
        // Not written again: the version the store keeps did not move.
        assertThat(curated.ok("show", "aws-cloud-2025").out()).isEqualTo(before);
    }
}
