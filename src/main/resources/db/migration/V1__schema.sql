-- Computefolio schema version 1.
-- Portable SQL (runs on SQLite and PostgreSQL): dates are ISO-8601 text ('2025-11-03', months
-- '2025-11'), money is BIGINT minor units beside an ISO currency code, capacity is BIGINT kilowatts,
-- booleans are INTEGER 0/1, enums are their names as text. Deal-owned rows cascade from deal down.
-- Indexes serve only the lookups the store makes: primary keys and the UNIQUE (owner, seq) pairs
-- cover reading children and cascading deletes; filtering by party etc. happens in memory.
-- Once released, this file never changes: later changes go in V2__... and so on.

CREATE TABLE portfolio_meta (
    meta_key   TEXT PRIMARY KEY,
    meta_value TEXT
);

CREATE TABLE party (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);

CREATE TABLE source (
    id        TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    title     TEXT,
    url       TEXT NOT NULL,
    published TEXT,
    quote     TEXT
);

CREATE TABLE deal (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    buyer_id        TEXT NOT NULL REFERENCES party (id),
    counterparty_id TEXT NOT NULL REFERENCES party (id),
    kind            TEXT NOT NULL,
    direction       TEXT NOT NULL,
    announced       TEXT NOT NULL,
    notes           TEXT,
    version         BIGINT NOT NULL
);

CREATE TABLE deal_tag (
    deal_id TEXT NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    tag     TEXT NOT NULL,
    PRIMARY KEY (deal_id, seq)
);

CREATE TABLE deal_link (
    deal_id        TEXT NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    link_type      TEXT NOT NULL,
    target_deal_id TEXT NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, seq)
);

-- Deleting a deal removes the links pointing at it; this index keeps that lookup fast.
CREATE INDEX deal_link_target ON deal_link (target_deal_id);

-- Ids of revisions, figures and context points are assigned by the store inside the writing
-- transaction, so that whole batches can be inserted without reading generated keys back.
CREATE TABLE revision (
    id           INTEGER PRIMARY KEY,
    deal_id      TEXT NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    known_from   TEXT NOT NULL,
    change_note  TEXT,
    status       TEXT NOT NULL,
    term_start   TEXT,
    term_months  INTEGER,
    term_assumed INTEGER CHECK (term_assumed IN (0, 1)),
    capacity_kw  BIGINT,
    hardware     TEXT,
    notes        TEXT,
    UNIQUE (deal_id, seq)
);

CREATE TABLE figure (
    id           INTEGER PRIMARY KEY,
    revision_id  INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('VALUE', 'OTHER')),
    basis        TEXT NOT NULL,
    currency     TEXT,
    amount_minor BIGINT,
    low_minor    BIGINT,
    high_minor   BIGINT,
    confidence   TEXT NOT NULL,
    label        TEXT,
    UNIQUE (revision_id, seq)
);

CREATE TABLE figure_source (
    figure_id INTEGER NOT NULL REFERENCES figure (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source (id),
    PRIMARY KEY (figure_id, seq)
);

CREATE TABLE revision_source (
    revision_id INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source (id),
    PRIMARY KEY (revision_id, seq)
);

CREATE TABLE schedule_leg (
    revision_id  INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    label        TEXT,
    start_month  TEXT NOT NULL,
    months       INTEGER NOT NULL,
    shape        TEXT NOT NULL,
    currency     TEXT,
    amount_minor BIGINT,
    capacity_kw  BIGINT,
    PRIMARY KEY (revision_id, seq)
);

CREATE TABLE context_series (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    unit TEXT NOT NULL
);

CREATE TABLE context_point (
    id          INTEGER PRIMARY KEY,
    series_id   TEXT NOT NULL REFERENCES context_series (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    period      TEXT NOT NULL,
    point_value TEXT NOT NULL,
    confidence  TEXT NOT NULL,
    note        TEXT,
    UNIQUE (series_id, seq)
);

CREATE TABLE context_point_source (
    point_id  INTEGER NOT NULL REFERENCES context_point (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source (id),
    PRIMARY KEY (point_id, seq)
);
