package com.computefolio.store;

import com.computefolio.domain.audit.AuditAction;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.FieldChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads audit entries with their field changes, newest first or (for an export) oldest first. */
final class AuditRowsReader {

    private static final String COLUMNS = "SELECT e.id, e.at_utc, e.user_name, e.action, e.deal_id, e.version, e.reason,"
            + " e.file_names, c.path, c.old_value, c.new_value FROM audit_entry e"
            + " LEFT JOIN audit_change c ON c.entry_id = e.id";
    private static final String OF_DEAL = COLUMNS
            + " WHERE e.id IN (SELECT id FROM audit_entry WHERE deal_id = ? ORDER BY id DESC LIMIT ?)"
            + " ORDER BY e.id DESC, c.seq";
    private static final String LATEST = COLUMNS
            + " WHERE e.id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT ?) ORDER BY e.id DESC, c.seq";
    private static final String ALL_OLDEST_FIRST = COLUMNS + " ORDER BY e.id, c.seq";

    private final Connection connection;

    AuditRowsReader(Connection connection) {
        this.connection = connection;
    }

    /** The deal's newest {@code limit} entries, newest first (a deleted deal's too). */
    List<AuditEntry> ofDeal(String dealId, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OF_DEAL)) {
            query.setString(1, dealId);
            query.setInt(2, limit);
            return read(query);
        }
    }

    /** The register's newest {@code limit} entries, newest first. */
    List<AuditEntry> latest(int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LATEST)) {
            query.setInt(1, limit);
            return read(query);
        }
    }

    /** Every entry, oldest first (the export's order). */
    List<AuditEntry> all() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ALL_OLDEST_FIRST)) {
            return read(query);
        }
    }

    /** Rows come one per change (one with no change for an entry without any), grouped by entry. */
    private static List<AuditEntry> read(PreparedStatement query) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            Building current = null;
            while (rows.next()) {
                long id = rows.getLong(1);
                if (current == null || current.id != id) {
                    if (current != null) {
                        entries.add(current.entry());
                    }
                    current = new Building(id, rows);
                }
                String path = rows.getString(9);
                if (path != null) {
                    current.changes.add(new FieldChange(path, rows.getString(10), rows.getString(11)));
                }
            }
            if (current != null) {
                entries.add(current.entry());
            }
        }
        return entries;
    }

    /** One entry while its change rows are read. */
    private static final class Building {
        private final long id;
        private final Instant at;
        private final String user;
        private final AuditAction action;
        private final String dealId;
        private final long version;
        private final String reason;
        private final String file;
        private final List<FieldChange> changes = new ArrayList<>();

        Building(long id, ResultSet row) throws SQLException {
            this.id = id;
            this.at = Instant.parse(row.getString(2));
            this.user = row.getString(3);
            this.action = AuditAction.valueOf(row.getString(4));
            this.dealId = row.getString(5);
            this.version = row.getLong(6);
            this.reason = row.getString(7);
            this.file = row.getString(8);
        }

        AuditEntry entry() {
            return new AuditEntry(id, at, user, action, dealId, version, reason, file, changes);
        }
    }
}
