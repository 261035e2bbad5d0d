package com.computefolio.domain;

/** Caveats that travel with a computed schedule into every total and chart built from it. */
public enum ScheduleFlag {
    /** No value disclosed: the deal is on the timeline without money. */
    UNDISCLOSED,
    /** The value is a ceiling ("up to"). */
    UPPER_BOUND,
    /** The value is a floor ("at least", "more than"). */
    LOWER_BOUND,
    /** The value is approximate ("about"), as its source states it. */
    APPROXIMATE,
    /** The value's source is not yet found (ADR 21). */
    UNSOURCED,
    /** The value is an analyst's estimate. */
    ESTIMATE,
    /** The term was inferred by the curator, not stated by a party, or it is open-ended and scheduled to an assumed horizon. */
    TERM_ASSUMED,
    /** No term at all: the amount is placed in the month the deal was announced. */
    TERM_UNKNOWN,
    /** An umbrella counted only for what its PART_OF deals leave over (set by the service's netting, not the engine). */
    NETTED
}
