package com.computefolio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One prepared statement collecting rows with addBatch. Only typed values are bound: the SQL text
 * is a constant, so no value ever becomes part of it.
 */
final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private int column;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    Batch text(String value) throws SQLException {
        statement.setString(++column, value);
        return this;
    }

    Batch number(long value) throws SQLException {
        statement.setLong(++column, value);
        return this;
    }

    /** Binds a nullable number, NULL when absent. */
    Batch number(Long value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.BIGINT);
        } else {
            statement.setLong(++column, value);
        }
        return this;
    }

    Batch number(Integer value) throws SQLException {
        return number(value == null ? null : Long.valueOf(value));
    }

    /** Ends the current row. */
    void add() throws SQLException {
        statement.addBatch();
        column = 0;
        pending++;
    }

    /** Sends the collected rows to the database. */
    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            statement.clearBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
