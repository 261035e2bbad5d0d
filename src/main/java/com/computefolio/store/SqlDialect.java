package com.computefolio.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything that differs between SQL databases. All other SQL in the store is portable
 * (SQL-92 plus standard JDBC), so that a PostgreSQL dialect can be added beside SQLite.
 */
public interface SqlDialect {

    /** Settings applied to each new connection (SQLite: foreign keys, WAL, busy timeout). */
    void configure(Connection connection) throws SQLException;

    /** Column type for an auto-generated integer primary key. */
    String identityColumn();

    /** Whether an exception means "database is busy/locked; try again later". */
    boolean isBusy(SQLException e);

    /** Writes a consistent copy of the open database to the given path. */
    void backup(Connection connection, java.nio.file.Path target) throws SQLException;
}
