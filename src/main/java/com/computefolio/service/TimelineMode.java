package com.computefolio.service;

/**
 * How a timeline shows each period: what fell in it, the running total up to its end, or what fell
 * in it at a yearly rate.
 */
public enum TimelineMode {
    /** The amount that falls in each period. */
    PER_PERIOD,
    /**
     * The running total at the end of each period. For capacity this is the stock online: each
     * deal's gigawatts stay online until its schedule ends (see {@link TimelinePlan}).
     */
    CUMULATIVE,
    /**
     * The period's amount at a yearly rate: times 12 / the months of a period (x12 a month, x4 a
     * quarter, x1 a year). Every period length divides a year, so the product is exact, in whole
     * cents, and needs no rounding.
     */
    ANNUALISED,
    /**
     * Capacity only: the gigawatts under contract at the end of each period, a stock: a deal's whole
     * capacity from the month it was announced (or its schedule's start, if earlier) to the end of
     * its schedule. A deal never has more online than under contract.
     */
    CONTRACTED;

    /** Whether each period shows a stock or running total at its end rather than what fell in it. */
    public boolean running() {
        return this == CUMULATIVE || this == CONTRACTED;
    }

    /** How much a period's amount is multiplied by in this mode. */
    public long factor(Granularity granularity) {
        return this == ANNUALISED ? 12 / granularity.months() : 1;
    }
}
