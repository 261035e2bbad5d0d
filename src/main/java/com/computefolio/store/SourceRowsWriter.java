package com.computefolio.store;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.CitedSources;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Source;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the sources that deals and context points cite, one row per source id. Sources are shared
 * by id across the register, so a source written again with new content (a corrected URL or quote)
 * updates the one row, and every figure citing it sees the correction.
 */
final class SourceRowsWriter {

    // ON CONFLICT ... DO UPDATE with "excluded" is the same in SQLite (3.24+) and PostgreSQL (9.5+).
    private static final String UPSERT_SOURCE = "INSERT INTO source (id, publisher, title, url, published, quote)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET publisher = excluded.publisher,"
            + " title = excluded.title, url = excluded.url, published = excluded.published, quote = excluded.quote";

    private final Connection connection;

    SourceRowsWriter(Connection connection) {
        this.connection = connection;
    }

    /** Every source cited anywhere in the deals and series, one per id (the last one seen wins). */
    static Collection<Source> citedBy(List<Deal> deals, List<ContextSeries> series) {
        Map<String, Source> byId = new LinkedHashMap<>();
        for (Deal deal : deals) {
            CitedSources.forEachList(deal, list -> addAll(byId, list));
        }
        for (ContextSeries s : series) {
            for (ContextPoint point : s.points()) {
                addAll(byId, point.sources());
            }
        }
        return byId.values();
    }

    private static void addAll(Map<String, Source> byId, List<Source> sources) {
        for (Source source : sources) {
            byId.put(source.id(), source);
        }
    }

    void upsert(Collection<Source> sources) throws SQLException {
        try (Batch batch = new Batch(connection, UPSERT_SOURCE)) {
            for (Source source : sources) {
                batch.text(source.id()).text(source.publisher()).text(source.title()).text(source.url())
                        .text(source.published() == null ? null : source.published().toString())
                        .text(source.quote()).add();
            }
            batch.flush();
        }
    }
}
