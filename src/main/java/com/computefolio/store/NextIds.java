package com.computefolio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The next free ids of the tables whose ids the store assigns. Read inside the writing
 * transaction: SQLite serialises writers, so no other writer can take the same ids before commit.
 */
record NextIds(long revision, long figure, long contextPoint) {

    /** Limits that make an {@link IdIndex} use a map: for reading a handful of rows. */
    static final NextIds UNBOUNDED = new NextIds(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    private static final String MAX_REVISION = "SELECT MAX(id) FROM revision";
    private static final String MAX_FIGURE = "SELECT MAX(id) FROM figure";
    private static final String MAX_CONTEXT_POINT = "SELECT MAX(id) FROM context_point";

    static NextIds read(Connection connection) throws SQLException {
        return new NextIds(next(connection, MAX_REVISION), next(connection, MAX_FIGURE), next(connection, MAX_CONTEXT_POINT));
    }

    private static long next(Connection connection, String maxQuery) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(maxQuery);
             ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) + 1 : 1;
        }
    }
}
