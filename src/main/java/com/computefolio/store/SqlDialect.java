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

    /**
     * A watcher that tells of other connections' changes to the database (see {@link RegisterChanges}).
     * By default one that never reports: the SQLite file watcher of the live-updates work replaces it.
     */
    default RegisterChanges watchChanges(Path file) {
        return new SilentRegisterChanges();
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
}
