package com.computefolio.domain;

/** Caveats that travel with a computed schedule into every total and chart built from it. */
public enum ScheduleFlag {
    /** No value disclosed: the deal is on the timeline without money. */
    UNDISCLOSED,
    /** The value is a ceiling ("up to"). */
    UPPER_BOUND,
    /** The value is an analyst's estimate. */
    ESTIMATE,
    /** The term was inferred by the curator, not stated by a party. */
    TERM_ASSUMED,
    /** No term at all: the amount is placed in the month the deal was announced. */
    TERM_UNKNOWN,
    /** An umbrella counted only for what its PART_OF deals leave over (set by the service's netting, not the engine). */
    NETTED
}
