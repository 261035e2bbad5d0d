package com.computefolio.domain;

/** What a capacity figure covers, like {@link ValueBasis} for money. */
public enum CapacityBasis {
    /** The capacity in the deal, as stated (what version 1's bare capacity always meant). */
    TOTAL,
    /** A ceiling ("up to 1 GW"). */
    UP_TO,
    /** A floor ("well over 1 GW"). */
    AT_LEAST,
    /** An approximate figure as the source states it ("about 1 GW"). */
    ABOUT,
    /** An analyst's or the curator's estimate. */
    ESTIMATE
}
