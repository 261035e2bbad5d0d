package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * The command line over a register that {@code init} made from the bundled curated data: what most
 * command tests start from, made once per test class and then run as a user types each command.
 */
final class CuratedCommandLine {

    private final CliRunner cli;
    private final String db;

    private CuratedCommandLine(CliRunner cli, String db) {
        this.cli = cli;
        this.db = db;
    }

    /** Runs {@code init} into {@code home}/curated.db, which must succeed. */
    static CuratedCommandLine initIn(Path home) {
        CliRunner cli = new CliRunner(home);
        String db = home.resolve("curated.db").toString();
        CliRunner.Result init = cli.run("--db", db, "init");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        return new CuratedCommandLine(cli, db);
    }

    /** Runs {@code init --empty} into {@code home}/curated.db, which must succeed: for tests that bring their own data. */
    static CuratedCommandLine initEmptyIn(Path home) {
        CliRunner cli = new CliRunner(home);
        String db = home.resolve("curated.db").toString();
        CliRunner.Result init = cli.run("--db", db, "init", "--empty");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        return new CuratedCommandLine(cli, db);
    }

    /** The command with {@code --db} the curated register, whatever its exit code. */
    CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db;
        System.arraycopy(args, 0, withDb, 2, args.length);
        return cli.run(withDb);
    }

    /** As {@link #run}, for a command that must succeed. */
    CliRunner.Result ok(String... args) {
        CliRunner.Result r = run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        return r;
    }
}
