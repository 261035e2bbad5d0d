package com.computefolio.domain;

/** What a headline figure covers; decides how the schedule engine reads the amount. */
public enum ValueBasis {
    /** The amount is the total over the whole term. */
    TOTAL_OVER_TERM,
    /** The amount is a ceiling ("up to $100B"); scheduled like a total but flagged as an upper bound. */
    UP_TO,
    /** The amount is per year of the term ("about $60B a year"). */
    PER_YEAR,
    /** The amount is per month of the term ("$1.25B a month through May 2029"); the total is amount × months. */
    PER_MONTH,
    /** The amount is a floor ("more than $3B"); scheduled like a total but flagged as a lower bound. */
    AT_LEAST,
    /** The amount is approximate ("about $10B"), as the source states it; scheduled like a total, flagged. */
    ABOUT,
    /** An analyst's estimate; low and high may be given beside the point amount. */
    ANALYST_ESTIMATE,
    /** No value has been disclosed; the deal stays on the timeline without money. */
    UNDISCLOSED
}
