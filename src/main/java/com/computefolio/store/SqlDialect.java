package com.computefolio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Everything that differs between SQL databases. All other SQL in the store is portable
 * (SQL-92 plus standard JDBC), so that a PostgreSQL dialect can be added beside SQLite.
 */
public interface SqlDialect {

    /** Opens a new connection to the database kept in (or named by) the given file. */
    Connection connect(Path file) throws SQLException;

    /** Settings applied to each new connection (SQLite: foreign keys, WAL, busy timeout). */
    void configure(Connection connection) throws SQLException;

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
