package com.computefolio.io.csv;

import java.util.List;
import java.util.Set;

/** The columns of deals.csv (docs/format.md), in the order written. */
final class DealsCsvColumns {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BUYER = "buyer";
    static final String COUNTERPARTY = "counterparty";
    static final String KIND = "kind";
    static final String DIRECTION = "direction";
    static final String ANNOUNCED = "announced";
    static final String STATUS = "status";
    static final String BASIS = "basis";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String CONFIDENCE = "confidence";
    static final String TERM_START = "term_start";
    static final String TERM_MONTHS = "term_months";
    static final String CAPACITY_GW = "capacity_gw";
    static final String HARDWARE = "hardware";
    static final String SOURCE_PUBLISHER = "source_publisher";
    static final String SOURCE_TITLE = "source_title";
    static final String SOURCE_URL = "source_url";
    static final String SOURCE_PUBLISHED = "source_published";
    static final String SOURCE_QUOTE = "source_quote";
    static final String TAGS = "tags";
    static final String NOTES = "notes";
    /** "true" when the value's source is not yet found (ADR 21); empty otherwise. Optional on import: older files lack it. */
    static final String VALUE_UNSOURCED = "value_unsourced";

    static final List<String> ALL = List.of(ID, TITLE, BUYER, COUNTERPARTY, KIND, DIRECTION, ANNOUNCED, STATUS, BASIS,
            AMOUNT, CURRENCY, CONFIDENCE, TERM_START, TERM_MONTHS, CAPACITY_GW, HARDWARE, SOURCE_PUBLISHER, SOURCE_TITLE,
            SOURCE_URL, SOURCE_PUBLISHED, SOURCE_QUOTE, TAGS, NOTES, VALUE_UNSOURCED);

    /** Columns a file may leave out (added after files without them were written). */
    static final Set<String> OPTIONAL = Set.of(VALUE_UNSOURCED);

    static final String TRUE = "true";

    /** Free-text columns: guarded against formulas on writing and restored on reading. */
    static final Set<String> TEXT = Set.of(ID, TITLE, BUYER, COUNTERPARTY, HARDWARE, SOURCE_PUBLISHER, SOURCE_TITLE,
            SOURCE_URL, SOURCE_QUOTE, TAGS, NOTES);

    static final String TAG_SEPARATOR = ";";

    private DealsCsvColumns() {
    }
}
