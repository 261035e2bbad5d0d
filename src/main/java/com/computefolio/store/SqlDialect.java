package com.computefolio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;

/**
 * Everything that differs between SQL databases. All other SQL in the store is portable
 * (SQL-92 plus standard JDBC), so that a PostgreSQL dialect can be added beside SQLite.
 */
public interface SqlDialect {

    /** Opens a new connection to the database kept in (or named by) the given file. */
    Connection connect(Path file) throws SQLException;

    /**
     * Settings applied to each new connection (SQLite: foreign keys, busy timeout). Must not change
     * the file: a database that is then refused (another program's, a newer schema) stays byte for byte.
     */
    void configure(Connection connection) throws SQLException;

    /**
     * Settings that change the file itself (SQLite: write-ahead logging), applied only once the
     * database is known to be a Computefolio database this version may write to.
     */
    default void prepareForWrites(Connection connection) throws SQLException {
    }

    /**
     * Starts a transaction that holds the database's write lock from its first statement, so that
     * nothing another connection commits can slip in between what the transaction checks and what it
     * writes (SQLite: BEGIN IMMEDIATE). The connection is in auto-commit mode; the caller ends the
     * transaction with COMMIT or ROLLBACK.
     */
    default void beginWrite(Connection connection) throws SQLException {
        try (PreparedStatement begin = connection.prepareStatement("BEGIN")) {
            begin.execute();
        }
    }

    /**
     * Runs just before a write transaction commits (PostgreSQL: the notification that tells other
     * windows the register changed; it is sent only if the commit succeeds).
     */
    default void beforeCommit(Connection connection) throws SQLException {
    }

    /** Who the connection acts as, for messages: the OS user for a file, the database user on a server. */
    default String loginName() {
        return System.getProperty("user.name");
    }

    /** Whether an exception means "this login may not do that" (a read-only user writing). */
    default boolean isPermissionDenied(SQLException e) {
        return false;
    }

    /** Whether an exception means "the disk (or the database's size limit) is full". */
    default boolean isDiskFull(SQLException e) {
        return false;
    }

    /** Column type for an auto-generated integer primary key. */
    String identityColumn();

    /** Whether an exception means "database is busy/locked; try again later". */
    boolean isBusy(SQLException e);

    /** Whether an exception means "this file is not a database of this kind, or it is damaged". */
    boolean isNotADatabase(SQLException e);

    /** Writes a consistent copy of the open database to the given path, which must not exist yet. */
    void backup(Connection connection, Path target) throws SQLException;

    /** How long a connection waits for another one's write to finish before the database counts as busy. */
    Duration busyTimeout();

    /** What the database's own consistency check finds wrong with the file; empty when it is sound. */
    List<String> integrityProblems(Connection connection) throws SQLException;

    /**
     * Who is writing, for the audit trail: the database user (standard SQL's CURRENT_USER). A database
     * without users of its own (SQLite) names the operating-system user instead.
     */
    default String currentUser(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT CURRENT_USER");
             java.sql.ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /**
     * A number that changes whenever another connection commits a change (read, never written, on a
     * connection that only watches). Portable default: the newest audit entry, which every write of
     * a deal makes; SQLite counts every commit of any program.
     */
    default long changeStamp(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_entry");
             java.sql.ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Tells of other connections' changes to the database in (or named by) the file. By default a
     * poll of {@link #changeStamp} every half second; a database that can push notifications
     * (PostgreSQL's LISTEN/NOTIFY) overrides this.
     */
    default RegisterChanges watchChanges(Path file) {
        return new PollingRegisterChanges(file, () -> {
            Connection connection = connect(file);
            try {
                configure(connection);
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }, this::changeStamp, PollingRegisterChanges.INTERVAL);
    }
}
