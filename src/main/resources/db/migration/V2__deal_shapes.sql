-- Computefolio schema version 2: the deal shapes of portfolio format version 2 (docs/format.md,
-- "Version 2"; ADRs 19-21). Only additions: every schema 1 row keeps its meaning, and the new
-- columns' defaults say what schema 1 meant (a sourced figure, a term with an end, a plain capacity
-- total on the revision's sources, a leg that is no prepayment).
-- Once released, this file never changes.

ALTER TABLE figure ADD COLUMN unsourced INTEGER NOT NULL DEFAULT 0 CHECK (unsourced IN (0, 1));

ALTER TABLE revision ADD COLUMN term_open INTEGER NOT NULL DEFAULT 0 CHECK (term_open IN (0, 1));
ALTER TABLE revision ADD COLUMN term_notice_months INTEGER;
-- NULL capacity_basis: a plain stated total backed by the revision's sources (schema 1's only kind).
ALTER TABLE revision ADD COLUMN capacity_basis TEXT;
ALTER TABLE revision ADD COLUMN capacity_confidence TEXT;
ALTER TABLE revision ADD COLUMN capacity_label TEXT;
ALTER TABLE revision ADD COLUMN capacity_unsourced INTEGER NOT NULL DEFAULT 0 CHECK (capacity_unsourced IN (0, 1));

ALTER TABLE schedule_leg ADD COLUMN prepayment INTEGER NOT NULL DEFAULT 0 CHECK (prepayment IN (0, 1));

-- The company a context series describes. Schema 1 series describe the register's main buyer: the
-- buyer of the most deals, on a tie the one with the first deal in id order; with no deals the
-- first party by id (the rule of docs/format.md for version 1 files).
ALTER TABLE context_series ADD COLUMN party_id TEXT;
UPDATE context_series SET party_id = COALESCE(
    (SELECT buyer_id FROM deal GROUP BY buyer_id ORDER BY COUNT(*) DESC, MIN(id) LIMIT 1),
    (SELECT id FROM party ORDER BY id LIMIT 1));

CREATE TABLE capacity_source (
    revision_id INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source (id),
    PRIMARY KEY (revision_id, seq)
);

-- An option's value is a figure of its own, kept in the option's row.
CREATE TABLE revision_option (
    revision_id    INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    label          TEXT,
    months         INTEGER,
    exercise_from  TEXT,
    exercise_until TEXT,
    basis          TEXT NOT NULL,
    currency       TEXT,
    amount_minor   BIGINT,
    low_minor      BIGINT,
    high_minor     BIGINT,
    confidence     TEXT NOT NULL,
    value_label    TEXT,
    unsourced      INTEGER NOT NULL DEFAULT 0 CHECK (unsourced IN (0, 1)),
    PRIMARY KEY (revision_id, seq)
);

CREATE TABLE option_source (
    revision_id INTEGER NOT NULL,
    option_seq  INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source (id),
    PRIMARY KEY (revision_id, option_seq, seq),
    FOREIGN KEY (revision_id, option_seq) REFERENCES revision_option (revision_id, seq) ON DELETE CASCADE
);

CREATE TABLE exit_right (
    revision_id INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    party_id    TEXT NOT NULL,
    notice_days INTEGER NOT NULL,
    from_month  TEXT,
    label       TEXT,
    PRIMARY KEY (revision_id, seq)
);

-- Shares are exact decimal text (percent), as context point values are.
CREATE TABLE deal_role (
    deal_id      TEXT NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    role         TEXT NOT NULL,
    party_id     TEXT NOT NULL REFERENCES party (id),
    currency     TEXT,
    amount_minor BIGINT,
    share        TEXT,
    label        TEXT,
    PRIMARY KEY (deal_id, seq)
);

CREATE TABLE deal_role_source (
    deal_id   TEXT NOT NULL,
    role_seq  INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source (id),
    PRIMARY KEY (deal_id, role_seq, seq),
    FOREIGN KEY (deal_id, role_seq) REFERENCES deal_role (deal_id, seq) ON DELETE CASCADE
);
