package com.computefolio.service;

/**
 * What to put on a timeline.
 *
 * @param cumulative false: amount per period (run rate); true: running total
 */
public record TimelineQuery(DealFilter filter, GroupBy groupBy, Granularity granularity, Measure measure, boolean cumulative) {
    public TimelineQuery {
        filter = filter == null ? DealFilter.ALL : filter;
        groupBy = groupBy == null ? GroupBy.COUNTERPARTY : groupBy;
        granularity = granularity == null ? Granularity.YEAR : granularity;
        measure = measure == null ? Measure.MONEY : measure;
    }
}
