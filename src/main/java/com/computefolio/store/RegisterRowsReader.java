package com.computefolio.store;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Source;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the register holds beside deals: its name, parties and context series. */
final class RegisterRowsReader {

    static final String NAME_KEY = "name";

    private static final String NAME = "SELECT meta_value FROM portfolio_meta WHERE meta_key = ?";
    private static final String PARTIES = "SELECT id, name, kind FROM party ORDER BY id";
    private static final String SERIES = "SELECT id, name, unit, party_id FROM context_series ORDER BY id";
    private static final String POINTS = "SELECT id, series_id, period, point_value, confidence, note FROM context_point"
            + " ORDER BY series_id, seq";
    private static final String POINT_SOURCES = "SELECT point_id, source_id FROM context_point_source ORDER BY point_id, seq";
    private static final String POINT_SOURCE_ROWS = "SELECT id, publisher, title, url, published, quote FROM source"
            + " WHERE id IN (SELECT source_id FROM context_point_source)";

    private final Connection connection;

    RegisterRowsReader(Connection connection) {
        this.connection = connection;
    }

    /** The stored name, or null if none was ever set. */
    String name() throws SQLException {
        String[] name = new String[1];
        Rows.query(connection, NAME, NAME_KEY, row -> name[0] = row.getString(1));
        return name[0];
    }

    List<Party> parties() throws SQLException {
        List<Party> parties = new ArrayList<>();
        Rows.query(connection, PARTIES, null,
                row -> parties.add(new Party(row.getString(1), row.getString(2), PartyKind.valueOf(row.getString(3)))));
        return parties;
    }

    List<ContextSeries> contextSeries() throws SQLException {
        Map<String, Source> sources = Rows.sources(connection, POINT_SOURCE_ROWS, null);
        IdIndex<List<Source>> pointSources = Rows.sourcesByOwner(connection, POINT_SOURCES, null, sources,
                NextIds.read(connection).contextPoint());
        Map<String, List<ContextPoint>> points = new HashMap<>();
        Rows.query(connection, POINTS, null, row -> points.computeIfAbsent(row.getString(2), k -> new ArrayList<>())
                .add(new ContextPoint(row.getString(3), new BigDecimal(row.getString(4)),
                        Confidence.valueOf(row.getString(5)), Rows.orEmpty(pointSources.get(row.getLong(1))),
                        row.getString(6))));
        List<ContextSeries> series = new ArrayList<>();
        Rows.query(connection, SERIES, null, row -> series.add(
                new ContextSeries(row.getString(1), row.getString(2), row.getString(3), points.get(row.getString(1)),
                        row.getString(4))));
        return series;
    }
}
