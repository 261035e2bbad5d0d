package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON export carries the audit trail; an import checks it and leaves it out, saying so, and records its own entries. */
class AuditInExportTest {

    @TempDir
    Path home;

    @Test
    void theExportHoldsTheTrailOfItsDealsAndAnImportLeavesItOutWithANotice() throws Exception {
        CuratedCommandLine curated = CuratedCommandLine.initIn(home);
        curated.ok("set", "cerebras-compute-2026", "hardware=WSE-4", "--reason", "vendor's release");
        Path exported = home.resolve("register.json");
        curated.ok("export", "--out", exported.toString());

        String json = Files.readString(exported);
        assertThat(json).contains("\"audit\": [").contains("\"reason\": \"vendor's release\"")
                .containsPattern("\"path\": \"revisions\\[\\d+\\]\\.hardware\"").contains("\"to\": \"WSE-4\"");

        CliRunner cli = new CliRunner(home);
        String other = home.resolve("other.db").toString();
        assertThat(cli.run("--db", other, "init", "--empty").exitCode()).isZero();
        CliRunner.Result imported = cli.run("--db", other, "import", exported.toString(), "--reason", "copy");

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.out()).contains("audit trail (").contains("entries, another register's history) was checked and left out");
        String history = cli.run("--db", other, "history", "cerebras-compute-2026").out();
        assertThat(history).contains("imported (added) cerebras-compute-2026").contains("Reason: copy")
                .contains("Files: register.json").doesNotContain("vendor's release");
    }

    @Test
    void aVersion1ExportHasNoTrail() throws Exception {
        Path home1 = home.resolve("v1");
        Files.createDirectories(home1);
        CuratedCommandLine curated = CuratedCommandLine.initIn(home1);
        Path exported = home1.resolve("v1.json");
        CliRunner.Result r = curated.run("export", "--out", exported.toString(), "--format-version", "1");

        if (r.exitCode() == ExitCodes.OK) {
            assertThat(Files.readString(exported)).doesNotContain("\"audit\"");
        } else {
            assertThat(exported).doesNotExist();
        }
    }
}
