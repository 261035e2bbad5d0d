package com.computefolio.service.chart;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import java.util.Objects;

/**
 * What chart to draw: its type, how deals are grouped into series, the width of a period and the
 * deals it covers.
 *
 * @param cumulative only read for {@link ChartType#CAPACITY} (GW online so far, or GW added per
 *                   period); COMMITMENTS is always per period and CUMULATIVE always a running total
 */
public record ChartRequest(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter, boolean cumulative) {

    public ChartRequest {
        Objects.requireNonNull(type, "type");
        groupBy = groupBy == null ? GroupBy.COUNTERPARTY : groupBy;
        granularity = granularity == null ? Granularity.QUARTER : granularity;
        filter = filter == null ? DealFilter.ALL : filter;
        cumulative = type.cumulative(cumulative);
    }

    /** A request with the type's natural cumulative setting (capacity: cumulative). */
    public static ChartRequest of(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter) {
        return new ChartRequest(type, groupBy, granularity, filter, type.cumulativeByDefault());
    }

    public ChartRequest withFilter(DealFilter newFilter) {
        return new ChartRequest(type, groupBy, granularity, newFilter, cumulative);
    }
}
