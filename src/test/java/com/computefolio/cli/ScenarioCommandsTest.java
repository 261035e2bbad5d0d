package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --scenario on the curated data: the default stays as it was, scenarios say their name, bad names are refused. */
class ScenarioCommandsTest {

    @TempDir
    static Path home;

    private static CliRunner cli;
    private static String db;

    @BeforeAll
    static void seedOnce() {
        cli = new CliRunner(home);
        db = home.resolve("curated.db").toString();
        CliRunner.Result init = cli.run("--db", db, "init");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
    }

    private CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db;
        System.arraycopy(args, 0, withDb, 2, args.length);
        return cli.run(withDb);
    }

    @Test
    void scratch() {
        for (String s : new String[] {"as-registered", "firm", "reported", "ceilings", "options", "estimates", "weighted"}) {
            CliRunner.Result r = run("summary", "--scenario", s);
            System.err.println("=== " + s + "\n" + r.out() + r.err());
        }
        CliRunner.Result r = run("summary");
        System.err.println("=== default\n" + r.out() + r.err());
    }
}
