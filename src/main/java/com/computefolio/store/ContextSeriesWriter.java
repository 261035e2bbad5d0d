package com.computefolio.store;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes context series, replacing a stored series with the same id; sources must be written already. */
final class ContextSeriesWriter {

    private static final String DELETE_SERIES = "DELETE FROM context_series WHERE id = ?";
    private static final String INSERT_SERIES = "INSERT INTO context_series (id, name, unit, party_id) VALUES (?, ?, ?, ?)";
    private static final String INSERT_POINT = "INSERT INTO context_point (id, series_id, seq, period, point_value,"
            + " confidence, note) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_POINT_SOURCE = "INSERT INTO context_point_source (point_id, seq, source_id) VALUES (?, ?, ?)";

    private final Connection connection;

    ContextSeriesWriter(Connection connection) {
        this.connection = connection;
    }

    void write(List<ContextSeries> series) throws SQLException {
        if (series.isEmpty()) {
            return;
        }
        try (Batch delete = new Batch(connection, DELETE_SERIES);
             Batch insertSeries = new Batch(connection, INSERT_SERIES);
             Batch insertPoint = new Batch(connection, INSERT_POINT);
             Batch insertPointSource = new Batch(connection, INSERT_POINT_SOURCE)) {
            for (ContextSeries s : series) {
                delete.text(s.id()).add();
            }
            delete.flush();
            long nextPointId = NextIds.read(connection).contextPoint();
            for (ContextSeries s : series) {
                insertSeries.text(s.id()).text(s.name()).text(s.unit()).text(s.partyId()).add();
                for (int i = 0; i < s.points().size(); i++) {
                    ContextPoint point = s.points().get(i);
                    long pointId = nextPointId++;
                    insertPoint.number(pointId).text(s.id()).number(i).text(point.period())
                            .text(point.value().toString()).text(point.confidence().name()).text(point.note()).add();
                    for (int j = 0; j < point.sources().size(); j++) {
                        insertPointSource.number(pointId).number(j).text(point.sources().get(j).id()).add();
                    }
                }
            }
            insertSeries.flush();
            insertPoint.flush();
            insertPointSource.flush();
        }
    }
}
