package com.computefolio.domain;

/** What a headline figure covers; decides how the schedule engine reads the amount. */
public enum ValueBasis {
    /** The amount is the total over the whole term. */
    TOTAL_OVER_TERM,
    /** The amount is a ceiling ("up to $100B"); scheduled like a total but flagged as an upper bound. */
    UP_TO,
    /** The amount is per year of the term ("about $60B a year"). */
    PER_YEAR,
    /** An analyst's estimate; low and high may be given beside the point amount. */
    ANALYST_ESTIMATE,
    /** No value has been disclosed; the deal stays on the timeline without money. */
    UNDISCLOSED
}
