package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path home;

    @Test
    void writesAFileThatImportsIntoANewDatabase() {
        CliRunner cli = new CliRunner(home);
        Path file = home.resolve("synthetic.json");

        CliRunner.Result generated = cli.run("generate", "--deals", "250", "--seed", "3", "--out", file.toString());
        CliRunner.Result imported = cli.run("--db", home.resolve("big.db").toString(), "import", file.toString());

        assertThat(generated.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(generated.out()).contains("Generated 250 deals").contains("seed 3");
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.out()).contains("deals:   250 added");
    }

    @Test
    void opensNoDatabase() {
        CliRunner cli = new CliRunner(home);

        cli.run("generate", "--deals", "5", "--out", home.resolve("small.json").toString());

        try (var files = Files.walk(home)) {
            assertThat(files.filter(f -> f.toString().endsWith(".db"))).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNegativeCountIsAUsageError() {
        CliRunner.Result result = new CliRunner(home).run("generate", "--deals", "-3", "--out", home.resolve("x.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--deals must be 0 or more");
        assertThat(home.resolve("x.json")).doesNotExist();
    }
}
