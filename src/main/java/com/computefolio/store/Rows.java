package com.computefolio.store;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;
import com.computefolio.domain.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading helpers shared by the readers: running a query, nullable columns, grouped child lists. */
final class Rows {

    /** Handles one row of a result set. */
    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /** Runs a query, binding the same text value to every parameter (none, or a deal id each time). */
    static void query(Connection connection, String sql, String parameter, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            int parameters = statement.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        }
    }

    /** Reads "key, source_id" rows into each key's list of sources, in row order. */
    static IdIndex<List<Source>> sourcesByOwner(Connection connection, String sql, String parameter,
                                                Map<String, Source> sources, long ownerIdLimit) throws SQLException {
        IdIndex<List<Source>> byOwner = new IdIndex<>(ownerIdLimit);
        query(connection, sql, parameter, row -> {
            String sourceId = row.getString(2);
            Source source = sources.get(sourceId);
            if (source == null) {
                throw new SQLException("source " + sourceId + " is cited but not stored");
            }
            byOwner.computeIfAbsent(row.getLong(1), () -> new ArrayList<>(2)).add(source);
        });
        return byOwner;
    }

    static Map<String, Source> sources(Connection connection, String sql, String parameter) throws SQLException {
        return sources(connection, sql, parameter, new RepeatedValues());
    }

    /** As above, the titles and quotes that repeat within the read shared through {@code texts}. */
    static Map<String, Source> sources(Connection connection, String sql, String parameter, RepeatedValues texts)
            throws SQLException {
        Map<String, Source> sources = new HashMap<>();
        query(connection, sql, parameter, row -> {
            Source source = new Source(row.getString(1), SharedValues.text(row.getString(2)), texts.of(row.getString(3)),
                    row.getString(4), date(row.getString(5)), texts.of(row.getString(6)));
            sources.put(source.id(), source);
        });
        return sources;
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Parses "yyyy-MM-dd"; the common shape is read directly, since DateTimeFormatter dominated large loads. */
    static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-' && digits(iso, 0, 4) >= 0) {
            int month = digits(iso, 5, 7);
            int day = digits(iso, 8, 10);
            if (month >= 0 && day >= 0) {
                return SharedValues.date(digits(iso, 0, 4), month, day);
            }
        }
        return LocalDate.parse(iso);
    }

    /** Parses "yyyy-MM", directly in the common shape. */
    static YearMonth month(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() == 7 && iso.charAt(4) == '-' && digits(iso, 0, 4) >= 0 && digits(iso, 5, 7) >= 0) {
            return YearMonth.of(digits(iso, 0, 4), digits(iso, 5, 7));
        }
        return YearMonth.parse(iso);
    }

    /** The decimal number in text[from, to), or -1 if any character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static Money money(String currency, Long minorUnits) {
        return minorUnits == null ? null : new Money(SharedValues.text(currency), minorUnits);
    }

    static Capacity capacity(Long kilowatts) {
        return kilowatts == null ? null : new Capacity(kilowatts);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
