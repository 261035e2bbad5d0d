package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.Datasets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a register need not start with the OpenAI deals; they are one bundled dataset among others. */
class EmptyStartCommandsTest {

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = home.resolve("r.db").toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        return new CliRunner(home).run(withDb);
    }

    @Test
    void initEmptyMakesARegisterWithNoDealsAndNoParties() {
        CliRunner.Result init = run("init", "--empty");

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        assertThat(init.out()).contains("empty");
        assertThat(run("list", "--format", "csv").out().split("\r\n")).hasSize(1);
        assertThat(run("summary", "--buyer", "openai").err()).contains("No party is called openai");
    }

    @Test
    void initEmptyOnAnExistingRegisterChangesNothing() {
        run("init");

        CliRunner.Result again = run("init", "--empty");

        assertThat(again.out()).contains("already exists");
        assertThat(run("list", "--format", "csv").out().split("\r\n").length).isGreaterThan(20);
    }

    @Test
    void theBundledDatasetsAreListedAndOneIsImportedByName() {
        run("init", "--empty");

        CliRunner.Result listed = run("import", "--dataset");
        CliRunner.Result imported = run("import", "--dataset", "OpenAI");

        assertThat(listed.out()).contains("openai").contains("openai-portfolio.json");
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        Path seeded = home.resolve("seeded");
        CliRunner.Result fromInit = new CliRunner(seeded).run("--db", seeded.resolve("s.db").toString(), "list");
        assertThat(run("list").out()).isEqualTo(fromInit.out());
    }

    @Test
    void theAiBuyersDatasetBringsGooglesBackstopsAsContingentGuarantees() {
        run("init", "--empty");
        CliRunner.Result imported = run("import", "--dataset", "ai-buyers");

        CliRunner.Result exposure = run("exposure", "--format", "csv");

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        // $3.2B behind the TeraWulf leases and $1.4B behind Cipher's (docs/dataset.md), contingent.
        assertThat(exposure.out()).contains("google,Google Cloud (Alphabet),GUARANTOR,2,4600000000.00,USD,true");
        assertThat(run("exposure").out()).contains("(contingent)");
    }

    @Test
    void anUnknownDatasetOrNothingToImportIsAUsageError() {
        CliRunner.Result unknown = run("import", "--dataset", "meta");
        CliRunner.Result nothing = run("import");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("meta").contains("openai");
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyRegisteredDatasetShipsWithTheApplication() {
        for (Datasets.Dataset dataset : Datasets.bundled()) {
            assertThat(EmptyStartCommandsTest.class.getResource("/data/" + dataset.file())).as(dataset.name()).isNotNull();
        }
    }
}
