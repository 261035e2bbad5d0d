package com.computefolio.store;

import com.computefolio.domain.Deal;
import com.computefolio.domain.audit.AuditAction;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.domain.audit.DealChanges;
import com.computefolio.domain.audit.FieldChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes audit entries inside the write transaction of the change they describe, so that the change
 * and its record commit together or not at all. Entry numbers are assigned here, after the largest
 * stored one: the write lock is held, so no other writer can take the same numbers.
 */
final class AuditRowsWriter {

    private static final String MAX_ENTRY = "SELECT MAX(id) FROM audit_entry";
    private static final String INSERT_ENTRY = "INSERT INTO audit_entry"
            + " (id, at_utc, user_name, action, deal_id, version, reason, file_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHANGE = "INSERT INTO audit_change (entry_id, seq, path, old_value, new_value)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final Batch entries;
    private final Batch changes;
    private final String user;
    private final String at;
    private final AuditNote note;
    private long nextId;

    /** Reads who is writing and the next entry number once for the whole transaction. */
    AuditRowsWriter(Connection c, SqlDialect dialect, AuditNote note) throws SQLException {
        this.user = dialect.currentUser(c);
        this.at = Instant.now().toString();
        this.note = note;
        try (PreparedStatement max = c.prepareStatement(MAX_ENTRY); ResultSet rs = max.executeQuery()) {
            nextId = rs.next() ? rs.getLong(1) + 1 : 1;
        }
        this.entries = new Batch(c, INSERT_ENTRY);
        this.changes = new Batch(c, INSERT_CHANGE);
    }

    /** A save: created when nothing was stored, else the fields the save changed. */
    void saved(Deal before, Deal saved) throws SQLException {
        entry(before == null ? AuditAction.CREATED : AuditAction.CHANGED, saved.id(), saved.version(),
                DealChanges.between(before, saved));
    }

    /** A deletion records every field the deal had, so that nothing deleted is gone from the record. */
    void deleted(Deal before) throws SQLException {
        entry(AuditAction.DELETED, before.id(), before.version(), DealChanges.between(before, null));
    }

    /**
     * An import's deal: an added one without its fields (an import of 100,000 deals would otherwise
     * write millions of rows of what the deals themselves hold), a replaced one with what the file
     * changed; a deal the file left as it was is not written and not recorded.
     */
    void imported(Deal before, Deal imported, long version) throws SQLException {
        if (before == null) {
            entry(AuditAction.IMPORT_ADDED, imported.id(), version, List.of());
            return;
        }
        List<FieldChange> changed = DealChanges.between(before, imported);
        if (!changed.isEmpty()) {
            entry(AuditAction.IMPORT_REPLACED, imported.id(), version, changed);
        }
    }

    private void entry(AuditAction action, String dealId, long version, List<FieldChange> fieldChanges)
            throws SQLException {
        long id = nextId++;
        entries.number(id).text(at).text(user).text(action.name()).text(dealId).number(version)
                .text(note.reason()).text(note.file()).add();
        int seq = 0;
        for (FieldChange change : fieldChanges) {
            changes.number(id).number(seq++).text(change.path()).text(change.oldValue()).text(change.newValue()).add();
        }
    }

    /** Sends the entries, then their changes (which refer to them). */
    void flush() throws SQLException {
        try (entries; changes) {
            entries.flush();
            changes.flush();
        }
    }
}
