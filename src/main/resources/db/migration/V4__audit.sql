-- Computefolio schema: the audit trail (docs/audit-and-live.md). Who wrote, when, what changed field
-- by field and why, for every save, delete and import, written in the same transaction as the change.
-- Only additions; no row of an earlier schema changes meaning. Portable SQL (SQLite and PostgreSQL).
-- Once released, this file never changes.

-- One write to one deal. No reference to deal: a deleted deal keeps its history.
CREATE TABLE audit_entry (
    id         BIGINT PRIMARY KEY,
    at_utc     TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    deal_id    TEXT NOT NULL,
    version    BIGINT NOT NULL,
    reason     TEXT,
    file_names TEXT
);
CREATE INDEX audit_entry_by_deal ON audit_entry (deal_id, id);

-- The fields the write changed, in the deal's order; NULL old or new text: the field had or has none.
CREATE TABLE audit_change (
    entry_id  BIGINT NOT NULL REFERENCES audit_entry (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    path      TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    PRIMARY KEY (entry_id, seq)
);
