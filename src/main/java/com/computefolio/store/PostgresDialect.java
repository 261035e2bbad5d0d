package com.computefolio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * PostgreSQL through the official driver: the only class that knows PostgreSQL's locks, error codes
 * and notifications. A team register is one database on a server; the "file" the other dialect
 * opens is replaced by an {@link PostgresAddress address} and an optional password.
 *
 * <p>The write lock (ADR 36): every write transaction runs at READ COMMITTED and first takes one
 * transaction-scoped advisory lock, so writers queue exactly as SQLite's BEGIN IMMEDIATE makes them
 * queue; since each statement after the lock sees everything committed before it, a version check or
 * an import's checks are still true when the transaction writes. Reads run at REPEATABLE READ: a
 * register loaded in several queries is one snapshot, never half of a colleague's import.
 */
public final class PostgresDialect implements SqlDialect {


    private static final String BEGIN_WRITE = "BEGIN ISOLATION LEVEL READ COMMITTED";
    private static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '5s'";
    /** Any constant works as long as every Computefolio uses the same one: "CFWR" in ASCII. */
    private static final String TAKE_WRITE_LOCK = "SELECT pg_advisory_xact_lock(1128683346)";
    private static final String NOTIFY = "SELECT pg_notify('" + PostgresRegisterChanges.CHANNEL + "', '')";
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String DISK_FULL = "53100";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";

    private final PostgresAddress address;
    private final Optional<String> password;

    /**
     * @param password the password to give the server; empty to let the driver find one in the pgpass
     *     file ({@code PGPASSFILE} or {@code ~/.pgpass}), or to need none (trust, peer, certificates)
     */
    public PostgresDialect(PostgresAddress address, Optional<String> password) {
        this.address = address;
        this.password = password;
    }

    public PostgresAddress address() {
        return address;
    }

    /** A new connection to the register's database (the path names nothing on a server and is ignored). */
    @Override
    public Connection connect(Path ignored) throws SQLException {
        return connect();
    }

    /** A new connection to the register's database, for the store or for a listener of its own. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "Computefolio");
        // A server that does not answer must not hang the window for the driver's default of minutes.
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        // The session's default, used by reads (auto-commit off); writes say READ COMMITTED at BEGIN.
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
        execute(connection, BEGIN_WRITE);
        execute(connection, LOCK_TIMEOUT);
        execute(connection, TAKE_WRITE_LOCK);
    }

    /** Every window listening hears of the write once it commits (a rolled back NOTIFY is never sent). */
    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        execute(connection, NOTIFY);
    }

    @Override
    public boolean isDiskFull(SQLException e) {
        return DISK_FULL.equals(e.getSQLState());
    }

    @Override
    public String identityColumn() {
        return "BIGINT PRIMARY KEY";
    }

    /** The write lock not taken within the timeout, or the server breaking a deadlock or a serialization clash. */
    @Override
    public boolean isBusy(SQLException e) {
        String state = e.getSQLState();
        return LOCK_NOT_AVAILABLE.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state);
    }

    @Override
    public boolean isNotADatabase(SQLException e) {
        return false;
    }

    @Override
    public boolean isPermissionDenied(SQLException e) {
        return INSUFFICIENT_PRIVILEGE.equals(e.getSQLState());
    }

    /** The server refused the login: a wrong password or a user it does not let in. */
    public boolean isLoginRefused(SQLException e) {
        String state = e.getSQLState();
        return INVALID_PASSWORD.equals(state) || INVALID_AUTHORIZATION.equals(state);
    }

    /** A server database has no file to copy; its backups go through the portfolio format or pg_dump (docs/team.md). */
    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        throw new SQLException("a team database on PostgreSQL is backed up with the backup command (the portfolio"
                + " format) or with pg_dump, not as a file copy");
    }

    @Override
    public Duration busyTimeout() {
        return BUSY_TIMEOUT;
    }

    /** The server keeps its own files sound (checksums, WAL); there is no per-database check to run here. */
    @Override
    public List<String> integrityProblems(Connection connection) {
        return List.of();
    }

    @Override
    public String loginName() {
        return address.user();
    }

    @Override
    public RegisterChanges watchChanges(Path ignored) {
        return new PostgresRegisterChanges(this::connect, address.toString());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (statement.execute()) {
                try (ResultSet ignored = statement.getResultSet()) {
                    // pg_advisory_xact_lock and pg_notify return one void row; nothing to read.
                }
            }
        }
    }
}
