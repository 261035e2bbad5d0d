package com.computefolio.service;

/**
 * What to put on a timeline.
 *
 * @param mode per period, running total (for capacity: the stock online) or annualised (run rate)
 */
public record TimelineQuery(DealFilter filter, GroupBy groupBy, Granularity granularity, Measure measure, TimelineMode mode) {
    public TimelineQuery {
        filter = filter == null ? DealFilter.ALL : filter;
        groupBy = groupBy == null ? GroupBy.COUNTERPARTY : groupBy;
        granularity = granularity == null ? Granularity.YEAR : granularity;
        measure = measure == null ? Measure.MONEY : measure;
        mode = mode == null ? TimelineMode.PER_PERIOD : mode;
        if (mode == TimelineMode.CONTRACTED && measure != Measure.CAPACITY) {
            throw new IllegalArgumentException("only capacity is counted as contracted");
        }
    }

    /** A query that is either per period or a running total, as before there were other modes. */
    public TimelineQuery(DealFilter filter, GroupBy groupBy, Granularity granularity, Measure measure, boolean cumulative) {
        this(filter, groupBy, granularity, measure, cumulative ? TimelineMode.CUMULATIVE : TimelineMode.PER_PERIOD);
    }

    /** Whether each period shows the running total (or stock) at its end. */
    public boolean cumulative() {
        return mode.running();
    }
}
