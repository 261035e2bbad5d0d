package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.StorageException;
import com.computefolio.service.ValidationException;
import com.computefolio.service.backup.BackupFolder;
import com.computefolio.service.backup.DatabaseBackups;
import com.computefolio.service.backup.RestoreResult;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} writes a copy that opens with the same rows; {@code restore} checks the file it is
 * given before touching anything, keeps the current database aside, and swaps the backup in. A file
 * that is not a Computefolio database, is damaged, or comes from a newer version is refused, and
 * then neither it nor the current database changes by a single byte.
 */
class BackupAndRestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path db;
    private final DatabaseBackups backups = new DatabaseBackups(JdbcPortfolioStore::open, CLOCK);

    @BeforeEach
    void createRegister() throws Exception {
        db = dir.resolve("register.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
            store.saveDeal(DealBuilder.deal("first").title("Cloud compute, 云计算, حوسبة 🚀").build(), false);
        }
    }

    @Test
    void aBackupHoldsExactlyTheRowsOfTheDatabase() throws Exception {
        Path copy = backups.backup(db, dir.resolve("copies/monday.db"));

        assertThat(RegisterDigest.of(copy)).isEqualTo(RegisterDigest.of(db));
        try (JdbcPortfolioStore a = JdbcPortfolioStore.open(db); JdbcPortfolioStore b = JdbcPortfolioStore.open(copy)) {
            assertThat(b.load().deals()).isEqualTo(a.load().deals());
        }
    }

    @Test
    void backingUpADatabaseThatDoesNotExistCreatesNothing() {
        Path missing = dir.resolve("missing.db");

        assertThatThrownBy(() -> backups.backup(missing, dir.resolve("out.db")))
                .isInstanceOf(StorageException.class).hasMessageContaining("There is no database at " + missing);
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("out.db")).doesNotExist();
    }

    @Test
    void restorePutsTheBackupBackAndKeepsTheReplacedDatabase() throws Exception {
        Path copy = backups.backup(db, dir.resolve("monday.db"));
        String monday = RegisterDigest.of(db);
        byte[] copyBytes = Files.readAllBytes(copy);
        addDeal(db, "added-on-tuesday");
        String tuesday = RegisterDigest.of(db);

        RestoreResult result = backups.restore(copy, db);

        assertThat(RegisterDigest.of(db)).isEqualTo(monday);
        assertThat(result.deals()).isEqualTo(1);
        assertThat(result.previousCopy()).isEqualTo(dir.resolve("register.db.backups/before-restore-20260315-093000.db"));
        assertThat(RegisterDigest.of(result.previousCopy())).isEqualTo(tuesday);
        assertThat(Files.readAllBytes(copy)).as("the backup itself is only read").isEqualTo(copyBytes);
        assertThat(leftoverWorkFolders()).isEmpty();
    }

    @Test
    void theFixtureOfEveryReleasedSchemaCanBeRestored() throws Exception {
        Path fixture = dir.resolve("schema-v1.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema-v1.db")) {
            Files.copy(in, fixture);
        }

        RestoreResult result = backups.restore(fixture, db);

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            assertThat(store.load().deals()).extracting(d -> d.id()).contains("openai-aws-cloud");
        }
        assertThat(result.deals()).isEqualTo(2);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndNothingChanges() throws Exception {
        Path future = dir.resolve("future.db");
        JdbcPortfolioStore.open(future).close();
        execute(future, "INSERT INTO schema_version (version, applied_at) VALUES (7, '2030-01-01T00:00:00Z')");

        assertRefusedWithoutChange(future, "was written by a newer Computefolio (schema 7, this version knows up to 3)");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndNothingChanges() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(200));

        assertRefusedWithoutChange(notes, "is not a Computefolio database");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndNothingChanges() throws Exception {
        Path other = dir.resolve("other.db");
        execute(other, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)");

        assertRefusedWithoutChange(other, "is not a Computefolio database");
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
        Path damaged = backups.backup(db, dir.resolve("damaged.db"));
        byte[] bytes = Files.readAllBytes(damaged);
        int pageSize = 4096;
        for (int i = 2 * pageSize + 16; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);

        assertRefusedWithoutChange(damaged, "Cannot restore from this file");
    }

    @Test
    void whileAnotherWindowHasTheDatabaseOpenRestoreIsRefused() throws Exception {
        Path copy = backups.backup(db, dir.resolve("monday.db"));
        try (JdbcPortfolioStore window = JdbcPortfolioStore.open(db)) {
            String before = RegisterDigest.of(db);

            assertThatThrownBy(() -> backups.restore(copy, db)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("is open in another Computefolio window or program")
                    .hasMessageContaining("was not changed");

            assertThat(RegisterDigest.of(db)).isEqualTo(before);
            assertThat(window.load().deals()).hasSize(1);
        }
    }

    @Test
    void aDatabaseThatNoLongerOpensIsKeptByteForByteBeforeItIsReplaced() throws Exception {
        Path copy = backups.backup(db, dir.resolve("monday.db"));
        String monday = RegisterDigest.of(db);
        Files.writeString(db, "overwritten by accident", StandardCharsets.UTF_8);

        RestoreResult result = backups.restore(copy, db);

        assertThat(RegisterDigest.of(db)).isEqualTo(monday);
        assertThat(Files.readString(result.previousCopy())).isEqualTo("overwritten by accident");
    }

    @Test
    void restoringWhereThereIsNoDatabaseYetCreatesIt() throws Exception {
        Path copy = backups.backup(db, dir.resolve("monday.db"));
        Path fresh = dir.resolve("new-machine/computefolio.db");

        RestoreResult result = backups.restore(copy, fresh);

        assertThat(RegisterDigest.of(fresh)).isEqualTo(RegisterDigest.of(db));
        assertThat(result.previous()).isEmpty();
    }

    private void assertRefusedWithoutChange(Path source, String reason) throws Exception {
        byte[] sourceBytes = Files.readAllBytes(source);
        byte[] dbBytes = Files.readAllBytes(db);

        assertThatThrownBy(() -> backups.restore(source, db))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).file()).isEqualTo(source.toAbsolutePath().toString());
                    assertThat(e.problems().get(0).describe()).contains(reason).contains("Nothing was changed")
                            .doesNotContain(".restore-");
                });

        assertThat(Files.readAllBytes(source)).isEqualTo(sourceBytes);
        assertThat(Files.readAllBytes(db)).isEqualTo(dbBytes);
        assertThat(BackupFolder.of(db).path()).doesNotExist();
        assertThat(leftoverWorkFolders()).isEmpty();
    }

    private List<Path> leftoverWorkFolders() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".restore-")).toList();
        }
    }

    private static void addDeal(Path file, String id) throws Exception {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            store.saveDeal(DealBuilder.deal(id).build(), false);
            Portfolio now = store.load();
            assertThat(now.deals()).hasSize(2);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
