package com.computefolio.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Brings a database to the schema this code knows: applies each missing versioned script in its
 * own transaction and records it in {@code schema_version}. An existing database is copied before
 * it is changed; a database from a newer Computefolio, or some other program's database, is
 * refused and left as it was.
 */
public final class Migrations {

    /** Every released schema script, oldest first. Add the next one here when it is written. */
    public static final List<String> SCRIPTS = List.of("db/migration/V1__schema.sql", "db/migration/V2__deal_shapes.sql",
            "db/migration/V3__translations.sql", "db/migration/V4__audit.sql");

    private static final String CREATE_VERSION_TABLE =
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
    private static final String CURRENT_VERSION = "SELECT MAX(version) FROM schema_version";
    private static final String RECORD_VERSION = "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)";
    private static final String VERSION_TABLE = "schema_version";

    private final List<MigrationScript> scripts;
    private final Clock clock;

    public Migrations() {
        this(SCRIPTS, Clock.systemUTC());
    }

    /** @param scriptResources classpath names of the scripts, "V<n>__<what>.sql", versions 1..n without gaps */
    public Migrations(List<String> scriptResources, Clock clock) {
        List<MigrationScript> loaded = new ArrayList<>(scriptResources.stream().map(MigrationScript::load).toList());
        loaded.sort(Comparator.comparingInt(MigrationScript::version));
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration scripts must be numbered 1, 2, 3... without gaps: "
                        + loaded.get(i).resource());
            }
        }
        this.scripts = List.copyOf(loaded);
        this.clock = clock;
    }

    /** The newest schema version these scripts produce. */
    public int latestVersion() {
        return scripts.size();
    }

    /**
     * Checks the schema first, with reads only, so that a refused database is left byte for byte;
     * then prepares the file for writing and applies the missing scripts. Each script runs in a write
     * transaction that checks the version again: two processes opening a new file at once apply each
     * script once.
     */
    public MigrationResult migrate(Database database) {
        int current = database.inTransaction("read the schema version", this::currentVersion);
        int latest = latestVersion();
        if (current > latest) {
            throw new StoreException(database.name() + " was written by a newer Computefolio (schema " + current
                    + ", this version knows up to " + latest + "); it was not changed");
        }
        database.prepareForWrites();
        if (current == latest) {
            return new MigrationResult(current, current, null);
        }
        Path backup = null;
        // A file is copied before its upgrade; on a server the upgrade is one transaction per script
        // (PostgreSQL's DDL is transactional) and the team's pg_dump schedule is the backup (docs/team.md).
        if (current > 0 && database.isFile()) {
            backup = freeBackupName(database.file(), latest);
            database.backupTo(backup);
        }
        for (MigrationScript script : scripts.subList(current, latest)) {
            database.inWriteTransaction("upgrade the schema to version " + script.version(), c -> {
                if (currentVersion(c) < script.version()) {
                    apply(c, script);
                }
                return null;
            });
        }
        return new MigrationResult(current, latest, backup);
    }

    /** The schema version of the database, 0 for an empty one; refuses other programs' databases. */
    int currentVersion(Connection connection) throws SQLException {
        List<String> tables = userTables(connection.getMetaData());
        if (tables.contains(VERSION_TABLE)) {
            try (PreparedStatement query = connection.prepareStatement(CURRENT_VERSION);
                 ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (!tables.isEmpty()) {
            throw new StoreException("The database is not a Computefolio database: it has tables " + tables
                    + " but no schema_version; it was not changed");
        }
        return 0;
    }

    private Void apply(Connection connection, MigrationScript script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (script.version() == 1) {
                statement.execute(CREATE_VERSION_TABLE);
            }
            for (String sql : script.statements()) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement record = connection.prepareStatement(RECORD_VERSION)) {
            record.setInt(1, script.version());
            record.setString(2, clock.instant().toString());
            record.executeUpdate();
        }
        return null;
    }

    private static List<String> userTables(DatabaseMetaData metaData) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** "<file>.before-v<N>.bak", or a numbered variant: an earlier backup is never overwritten. */
    static Path freeBackupName(Path databaseFile, int targetVersion) {
        String base = databaseFile.getFileName() + ".before-v" + targetVersion;
        Path candidate = databaseFile.resolveSibling(base + ".bak");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = databaseFile.resolveSibling(base + "-" + n + ".bak");
        }
        return candidate;
    }
}
