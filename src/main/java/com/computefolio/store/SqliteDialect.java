package com.computefolio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** SQLite through xerial sqlite-jdbc: the only class that knows SQLite's pragmas and error codes. */
public final class SqliteDialect implements SqlDialect {

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_FULL = 13;
    private static final int PRIMARY_CODE_MASK = 0xFF;
    /** The same as the busy_timeout pragma set in {@link #configure}. */
    private static final Duration BUSY_TIMEOUT = Duration.ofMillis(5000);
    private static final String INTEGRITY_OK = "ok";

    @Override
    public Connection connect(Path file) throws SQLException {
        SqliteLibrary.prepare(); // the native library from the user's cache, not unpacked anew on every start
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Off by default in SQLite; the schema's ON DELETE CASCADE and party references rely on it.
            statement.execute("PRAGMA foreign_keys = ON");
            // Another Computefolio (the window and the CLI at once) may hold the write lock briefly.
            statement.execute("PRAGMA busy_timeout = 5000");
            // Reading (not setting) the journal mode is the first statement that reads the file, so a
            // file that is not a database fails here with SQLITE_NOTADB, and nothing has been written.
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
            }
            // In WAL mode NORMAL already survives a killed process (committed transactions are in the
            // WAL file, which the OS keeps); only a power cut could lose the last commits. We choose
            // FULL anyway: writes are human-paced (one deal saved, one import), so the one extra fsync
            // per commit costs milliseconds, and hand-curated data then also survives a power cut.
            statement.execute("PRAGMA synchronous = FULL");
            // 64 MiB of page cache instead of 2 MiB: a large import then stays in memory until commit
            // instead of spilling pages to the WAL mid-transaction. Memory is taken only as pages are used.
            statement.execute("PRAGMA cache_size = -65536");
        }
    }

    /** Switching to WAL rewrites the file's header, so it waits until the schema has been accepted. */
    @Override
    public void prepareForWrites(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
                throw new SQLException("the database could not be switched to write-ahead logging");
            }
        }
    }

    /**
     * In WAL mode BEGIN IMMEDIATE takes the write lock at once (waiting out the busy timeout), while
     * readers carry on; a plain BEGIN would take it only at the first write, after the checks.
     */
    @Override
    public void beginWrite(Connection connection) throws SQLException {
        try (Statement begin = connection.createStatement()) {
            begin.execute("BEGIN IMMEDIATE");
        }
    }

    /** SQLITE_FULL: the disk is full, or the database reached max_page_count. */
    @Override
    public boolean isDiskFull(SQLException e) {
        return primaryCode(e) == SQLITE_FULL;
    }

    @Override
    public String identityColumn() {
        return "INTEGER PRIMARY KEY";
    }

    @Override
    public boolean isBusy(SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    @Override
    public boolean isNotADatabase(SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
    }

    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        // VACUUM INTO writes a consistent, compacted snapshot (WAL content included) while others
        // may keep reading; it refuses to run inside a transaction, so the caller uses auto-commit.
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        }
    }

    @Override
    public Duration busyTimeout() {
        return BUSY_TIMEOUT;
    }

    /** SQLite's full check (every page, every index against its table): one row "ok", else one row per problem. */
    @Override
    public List<String> integrityProblems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement check = connection.prepareStatement("PRAGMA integrity_check");
             ResultSet rows = check.executeQuery()) {
            while (rows.next()) {
                String row = rows.getString(1);
                if (!INTEGRITY_OK.equalsIgnoreCase(row)) {
                    problems.add(row);
                }
            }
        }
        return problems;
    }

    /** SQLite has no users: the audit trail names the operating-system user who runs Computefolio. */
    @Override
    public String currentUser(Connection connection) {
        return System.getProperty("user.name", "unknown");
    }

    /**
     * PRAGMA data_version: changes when another connection (of this or any process) has committed
     * since this connection last asked; a read of the file's header, no lock a writer waits for.
     */
    @Override
    public long changeStamp(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("PRAGMA data_version");
             ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** sqlite-jdbc reports extended result codes (e.g. SQLITE_BUSY_SNAPSHOT); the low byte is the primary code. */
    private static int primaryCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode() & PRIMARY_CODE_MASK;
            }
        }
        return 0;
    }
}
