package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Portfolio;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private static final String V1 = "db/migration/V1__schema.sql";
    private static final String V2 = "db/migration/V2__deal_shapes.sql";
    /** Stand-ins for a future schema after the released ones. */
    private static final String V3 = "db/migration/V3__translations.sql";
    private static final String V4 = "db/migration/V4__audit.sql";
    private static final String TEST_V5 = "db/test-migration/V5__review_note.sql";
    private static final String BROKEN_V5 = "db/test-migration-broken/V5__broken.sql";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsCreatedAtTheLatestSchemaWithoutABackup() throws Exception {
        Path file = dir.resolve("new.db");

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file, new SqliteDialect(), new Migrations(List.of(V1), CLOCK))) {
            assertThat(store.schemaVersion()).isEqualTo(1);
            assertThat(store.migration()).isEqualTo(new MigrationResult(0, 1, null));
        }
        assertThat(TableDump.of(file).get("schema_version")).containsExactly("version=1 | applied_at=2026-11-28T10:15:30Z | ");
        assertThat(TableDump.of(file).keySet()).contains("party", "source", "deal", "deal_tag", "deal_link", "revision",
                "figure", "figure_source", "revision_source", "schedule_leg", "context_series", "context_point",
                "context_point_source", "portfolio_meta");
        assertThat(filesIn(dir)).containsExactly("new.db");
    }

    @Test
    void reopeningACurrentDatabaseChangesNothing() throws Exception {
        Path file = dir.resolve("register.db");
        Portfolio known = StoreTestData.knownPortfolio();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            store.importAll(known.parties(), known.deals(), known.contextSeries());
        }
        var before = TableDump.of(file);

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            int latest = new Migrations().latestVersion();
            assertThat(store.migration()).isEqualTo(new MigrationResult(latest, latest, null));
        }

        assertThat(TableDump.of(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("register.db");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("future.db");
        JdbcPortfolioStore.open(file).close();
        execute(file, "INSERT INTO schema_version (version, applied_at) VALUES (7, '2030-01-01T00:00:00Z')");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> JdbcPortfolioStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("was written by a newer Computefolio (schema 7, this version knows up to " + new Migrations().latestVersion() + ")")
                .hasMessageContaining("it was not changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("future.db");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedByName() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] text = "These are my notes, not a database.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        assertThatThrownBy(() -> JdbcPortfolioStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a SQLite file");

        assertThat(Files.readAllBytes(file)).isEqualTo(text);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("other.db");
        execute(file, "CREATE TABLE recipes (name TEXT)");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> JdbcPortfolioStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Computefolio database")
                .hasMessageContaining("recipes");

        // Not even switched to write-ahead logging, which would rewrite the header and leave -wal and -shm files.
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("other.db");
    }

    @Test
    void anOlderDatabaseIsCopiedBeforeItIsUpgraded() throws Exception {
        Path file = dir.resolve("register.db");
        Portfolio known = StoreTestData.knownPortfolio();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file, new SqliteDialect(), new Migrations(List.of(V1, V2, V3, V4), CLOCK))) {
            store.importAll(known.parties(), known.deals(), known.contextSeries());
        }
        var v3Rows = TableDump.of(file);

        Portfolio upgraded;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file, new SqliteDialect(),
                new Migrations(List.of(V1, V2, V3, V4, TEST_V5), CLOCK))) {
            Path backup = dir.resolve("register.db.before-v5.bak");
            assertThat(store.migration()).isEqualTo(new MigrationResult(4, 5, backup));
            assertThat(store.schemaVersion()).isEqualTo(5);
            upgraded = store.load();
        }

        assertThat(upgraded.deals()).isEqualTo(withVersion1(known).deals());
        assertThat(TableDump.of(dir.resolve("register.db.before-v5.bak"))).isEqualTo(v3Rows);
        assertThat(TableDump.of(file).get("portfolio_meta")).contains("meta_key=upgraded-by | meta_value=test; V5 | ");
    }

    @Test
    void anUpgradeThatFailsLeavesTheDatabaseAtItsOldVersionWithItsData() throws Exception {
        Path file = dir.resolve("register.db");
        Portfolio known = StoreTestData.knownPortfolio();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file, new SqliteDialect(), new Migrations(List.of(V1, V2, V3, V4), CLOCK))) {
            store.importAll(known.parties(), known.deals(), known.contextSeries());
        }
        var before = TableDump.of(file);

        assertThatThrownBy(() -> JdbcPortfolioStore.open(file, new SqliteDialect(),
                new Migrations(List.of(V1, V2, V3, V4, BROKEN_V5), CLOCK)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("upgrade the schema to version 5");

        assertThat(TableDump.of(file)).isEqualTo(before);
        assertThat(dir.resolve("register.db.before-v5.bak")).exists();
    }

    @Test
    void anEarlierBackupIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("register.db");
        Files.writeString(dir.resolve("register.db.before-v2.bak"), "older backup");

        assertThat(Migrations.freeBackupName(file, 2)).isEqualTo(dir.resolve("register.db.before-v2-2.bak"));
    }

    @Test
    void everyScriptInTheMigrationFolderIsListedInOrder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            onDisk = files.map(p -> "db/migration/" + p.getFileName()).sorted().toList();
        }

        assertThat(Migrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(new Migrations().latestVersion()).isEqualTo(onDisk.size());
    }

    @Test
    void theShippedScriptsUseNoSqliteOnlySyntax() throws IOException {
        for (String script : Migrations.SCRIPTS) {
            String text = Files.readString(Path.of("src/main/resources", script)).toUpperCase(java.util.Locale.ROOT);
            assertThat(text).as(script).doesNotContain("AUTOINCREMENT", "WITHOUT ROWID", "PRAGMA", "INSERT OR ",
                    "REPLACE INTO", " STRICT", "GLOB", "DATETIME(", "IFNULL(");
        }
    }

    @Test
    void scriptsMustBeNumberedWithoutGaps() {
        assertThatThrownBy(() -> new Migrations(List.of(TEST_V5), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without gaps");
    }

    @Test
    void aScriptIsSplitOnSemicolonsOutsideQuotesAndComments() {
        List<String> statements = MigrationScript.split("""
                -- first; a comment
                CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- trailing; comment
                INSERT INTO a (x) VALUES ('it''s');
                """);

        assertThat(statements).containsExactly("CREATE TABLE a (x TEXT DEFAULT 'a;b')", "INSERT INTO a (x) VALUES ('it''s')");
    }

    private static Portfolio withVersion1(Portfolio portfolio) {
        return new Portfolio(portfolio.name(), portfolio.parties(),
                portfolio.deals().stream().map(d -> d.withVersion(1)).toList(), portfolio.contextSeries());
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
