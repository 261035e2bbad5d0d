package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code computefolio backup --out FILE} and {@code computefolio restore FILE}, as a user types them. */
class BackupRestoreCommandsTest {

    private record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void createRegister() throws Exception {
        db = dir.resolve("register.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
            store.saveDeal(DealBuilder.deal("kept").build(), false);
        }
    }

    @Test
    void backupThenRestoreBringsBackTheRegister() throws Exception {
        String original = RegisterDigest.of(db);
        Path copy = dir.resolve("copy.db");

        Result backup = run("--db", db.toString(), "backup", "--out", copy.toString());
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            store.saveDeal(DealBuilder.deal("added-later").build(), false);
        }
        Result restore = run("--db", db.toString(), "restore", copy.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up", copy.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored", "(1 deal)", "before-restore-");
        assertThat(RegisterDigest.of(db)).isEqualTo(original);
    }

    @Test
    void restoringADatabaseFromANewerVersionExitsWithInvalidInputAndChangesNothing() throws Exception {
        Path future = dir.resolve("future.db");
        JdbcPortfolioStore.open(future).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + future); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01T00:00:00Z')");
        }
        byte[] before = Files.readAllBytes(db);

        Result restore = run("--db", db.toString(), "restore", future.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains(future.toString(), "newer Computefolio", "Nothing was changed");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zero-byte file", "empty SQLite database", "schema without deals"})
    void aFileWithNoRegisterInItIsRefusedUnlessAllowedExplicitly(String kind) throws Exception {
        Path empty = dir.resolve("empty.db");
        switch (kind) {
            case "zero-byte file" -> Files.createFile(empty);
            case "empty SQLite database" -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement s = c.createStatement()) {
                    s.execute("VACUUM");
                }
            }
            default -> JdbcPortfolioStore.open(empty).close();
        }
        byte[] before = Files.readAllBytes(db);
        byte[] backup = Files.readAllBytes(empty);

        Result refused = run("--db", db.toString(), "restore", empty.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(empty.toString(), "holds no register, or an empty one", "Nothing was changed",
                "--allow-empty");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.readAllBytes(empty)).isEqualTo(backup);

        Result allowed = run("--db", db.toString(), "restore", "--allow-empty", empty.toString());

        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("(no deals)", "before-restore-");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            assertThat(store.load().deals()).isEmpty();
        }
    }

    @Test
    void backingUpADatabaseThatDoesNotExistIsAStorageErrorAndCreatesNothing() {
        Path missing = dir.resolve("missing.db");

        Result backup = run("--db", missing.toString(), "backup", "--out", dir.resolve("x.db").toString());

        assertThat(backup.exitCode()).isEqualTo(3);
        assertThat(backup.err()).contains("There is no database at");
        assertThat(missing).doesNotExist();
    }

    @Test
    void backupWithoutOutIsAUsageError() {
        assertThat(run("--db", db.toString(), "backup").exitCode()).isEqualTo(2);
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", dir.resolve("home").toString()));
        int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(args);
        return new Result(code, out.toString(), err.toString());
    }
}
