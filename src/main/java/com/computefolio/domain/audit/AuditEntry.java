package com.computefolio.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One write to one deal as the audit trail keeps it: who, when, what and why.
 *
 * @param id      the entry's number; later entries have larger numbers
 * @param at      when the write committed (UTC)
 * @param user    the database user (PostgreSQL) or the operating-system user (SQLite)
 * @param version the deal's version after the write (before it, for a deletion)
 * @param reason  the reason the user gave, or null
 * @param file    the imported files' names, or null
 * @param changes field by field, in the deal's order; empty for an import's added deal (its fields are the deal itself)
 */
public record AuditEntry(long id, Instant at, String user, AuditAction action, String dealId, long version,
                         String reason, String file, List<FieldChange> changes) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(dealId, "dealId");
        changes = List.copyOf(changes);
    }
}
