-- Computefolio schema version 3: parties' and deals' own texts in other languages (docs/format.md,
-- "Translations"; ADR 34). Only additions: a register of schema 2 has no translations, and every
-- row it holds keeps its meaning. One row per owner, language and field, so a new translated field
-- needs no migration. Portable SQL, as V1 and V2 (SQLite and PostgreSQL).
-- Once released, this file never changes.

CREATE TABLE party_translation (
    party_id TEXT NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    field    TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (party_id, language, field)
);

CREATE TABLE deal_translation (
    deal_id  TEXT NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    field    TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (deal_id, language, field)
);
