package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.store.PostgresAddress;
import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command on a team register (--db postgresql://...), and copy between a file and the server,
 * against the throwaway PostgreSQL: what a user types, what they read, and the exit codes.
 */
@ExtendWith(PostgresExtension.class)
class TeamRegisterCommandsTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @TempDir
    Path home;

    private PostgresServer server;
    private PostgresAddress team;
    private String teamUrl;
    private CliRunner cli;
    private Path file;

    @BeforeEach
    void curatedFileAndEmptyTeamDatabase(PostgresServer server) {
        this.server = server;
        team = server.createDatabase();
        teamUrl = "postgresql://" + team.user() + "@" + team.host() + ":" + team.port() + "/" + team.database();
        cli = new CliRunner(home, Map.of("PGPASSWORD", PostgresServer.SUPERUSER_PASSWORD));
        file = home.resolve("mine.db");
        assertThat(cli.run("--db", file.toString(), "init").exitCode()).isZero();
    }

    @Test
    void aFileCopiedToTheTeamDatabaseListsTheSameDealsAndCopiesBackWhole() {
        CliRunner.Result copied = cli.run("copy", "--from", file.toString(), "--to", teamUrl);

        assertThat(copied.exitCode()).as(copied.err()).isZero();
        assertThat(copied.out()).startsWith("Copied " + file).contains(team.toString());
        String fromFile = cli.run("--db", file.toString(), "list").out();
        assertThat(cli.run("--db", teamUrl, "list").out()).isEqualTo(fromFile);
        assertThat(cli.run("--db", "jdbc:" + teamUrl, "list").out()).isEqualTo(fromFile);

        Path back = home.resolve("back.db");
        assertThat(cli.run("copy", "--from", teamUrl, "--to", back.toString()).exitCode()).isZero();
        assertThat(cli.run("--db", back.toString(), "list").out()).isEqualTo(fromFile);
    }

    @Test
    void aCopyOntoARegisterThatIsNotEmptyIsRefusedUnlessReplace() {
        cli.run("copy", "--from", file.toString(), "--to", teamUrl);
        cli.run("--db", teamUrl, "delete", "cerebras-compute-2026");
        String before = cli.run("--db", teamUrl, "list").out();

        CliRunner.Result refused = cli.run("copy", "--from", file.toString(), "--to", teamUrl);

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("is not empty").contains("--replace");
        assertThat(cli.run("--db", teamUrl, "list").out()).isEqualTo(before);
        assertThat(cli.run("copy", "--from", file.toString(), "--to", teamUrl, "--replace").exitCode()).isZero();
        assertThat(cli.run("--db", teamUrl, "show", "cerebras-compute-2026").exitCode()).isZero();
    }

    @Test
    void aStaleExpectedVersionOnTheTeamRegisterIsAConflict() {
        cli.run("copy", "--from", file.toString(), "--to", teamUrl);
        assertThat(cli.run("--db", teamUrl, "set", "cerebras-compute-2026", "hardware=A", "--expect-version", "1").exitCode())
                .isZero();

        CliRunner.Result stale = cli.run("--db", teamUrl, "set", "cerebras-compute-2026", "hardware=B", "--expect-version", "1");

        assertThat(stale.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(cli.run("--db", teamUrl, "show", "cerebras-compute-2026").out()).contains("A").doesNotContain("hardware: B");
    }

    @Test
    void backupAndRestoreOfATeamRegisterGoThroughThePortfolioFormat() {
        cli.run("copy", "--from", file.toString(), "--to", teamUrl);
        String before = cli.run("--db", teamUrl, "list").out();
        Path backup = home.resolve("team-backup.json");

        CliRunner.Result backedUp = cli.run("--db", teamUrl, "backup", "--out", backup.toString());
        cli.run("--db", teamUrl, "delete", "cerebras-compute-2026");
        CliRunner.Result restored = cli.run("--db", teamUrl, "restore", backup.toString());

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backup).isRegularFile();
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("in one transaction");
        assertThat(cli.run("--db", teamUrl, "list").out()).isEqualTo(before);
    }

    @Test
    void aReadOnlyAnalystIsToldWhoTheyAreAndNothingIsWritten() throws IOException {
        cli.run("copy", "--from", file.toString(), "--to", teamUrl);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/postgres/roles.sql")) {
            server.execute(team.database(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String reader = "analyst_" + ProcessHandle.current().pid() + "_" + USERS.incrementAndGet();
        server.execute(team.database(), "CREATE ROLE " + reader + " LOGIN PASSWORD 'analyst-pw' IN ROLE computefolio_reader");
        CliRunner asReader = new CliRunner(home, Map.of("PGPASSWORD", "analyst-pw"));
        String readerUrl = "postgresql://" + reader + "@" + team.host() + ":" + team.port() + "/" + team.database();

        CliRunner.Result listed = asReader.run("--db", readerUrl, "list");
        CliRunner.Result refused = asReader.run("--db", readerUrl, "delete", "cerebras-compute-2026");

        assertThat(listed.exitCode()).isZero();
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(refused.err()).contains("You are connected as " + reader + ", who may only read this team register")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(cli.run("--db", teamUrl, "show", "cerebras-compute-2026").exitCode()).isZero();
    }

    @Test
    void aWrongPasswordNamesTheServerDatabaseAndUserButNotThePassword() {
        String secret = "wrong-secret-9876";
        CliRunner wrong = new CliRunner(home, Map.of("PGPASSWORD", secret));

        CliRunner.Result r = wrong.run("--db", teamUrl, "list");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(r.err()).contains(team.host()).contains(team.database()).contains(team.user()).doesNotContain(secret);
    }

    @Test
    void anAddressOfAnotherKindIsAUsageErrorAndNeverBecomesAFolder() {
        for (String address : new String[] {"mysql://db.example/register", "ftp://host/x.db", "postgresql://no-database"}) {
            CliRunner.Result r = cli.run("--db", address, "list");

            assertThat(r.exitCode()).as(address).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(address).contains("HOST[:PORT]/DATABASE");
        }
        assertThat(Path.of("mysql:")).doesNotExist();
        assertThat(Path.of("ftp:")).doesNotExist();
        assertThat(Path.of("postgresql:")).doesNotExist();
        assertThat(Files.exists(home.resolve("mysql:"))).isFalse();
    }

    @Test
    void aPasswordInTheAddressIsUsedButNeverPrinted() {
        String withPassword = "postgresql://" + team.user() + ":" + PostgresServer.SUPERUSER_PASSWORD + "@" + team.host()
                + ":" + team.port() + "/" + team.database();
        CliRunner noEnv = new CliRunner(home, Map.of());

        CliRunner.Result r = noEnv.run("--db", withPassword, "init", "--empty");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains(team.database()).doesNotContain(PostgresServer.SUPERUSER_PASSWORD);
    }
}
