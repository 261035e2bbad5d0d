package com.computefolio.service.chart;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * What chart to draw: its type, how deals are grouped into series, the width of a period and the
 * deals it covers.
 *
 * @param cumulative only read for {@link ChartType#CAPACITY} (GW online so far, or GW added per
 *                   period); COMMITMENTS is always per period and CUMULATIVE always a running total
 * @param overlays   names of the context series drawn as lines over the commitments charts (ids or
 *                   kinds, see {@link OverlayNames}); empty for none
 * @param scenarios  the scenarios a {@link ChartType#COMPARE} chart draws, one line each, in this
 *                   order; empty for every built-in one (ignored by the other charts, which count the
 *                   filter's own scenario)
 */
public record ChartRequest(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter, boolean cumulative,
                           List<String> overlays, List<Scenario> scenarios) {

    /** A request that compares no chosen scenarios. */
    public ChartRequest(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter, boolean cumulative,
                        List<String> overlays) {
        this(type, groupBy, granularity, filter, cumulative, overlays, List.of());
    }

    /** A request without overlays. */
    public ChartRequest(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter, boolean cumulative) {
        this(type, groupBy, granularity, filter, cumulative, List.of());
    }

    public ChartRequest {
        Objects.requireNonNull(type, "type");
        groupBy = groupBy == null ? GroupBy.COUNTERPARTY : groupBy;
        granularity = granularity == null ? Granularity.QUARTER : granularity;
        filter = filter == null ? DealFilter.ALL : filter;
        cumulative = type.cumulative(cumulative);
        overlays = overlays == null ? List.of() : List.copyOf(overlays);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** A request with the type's natural cumulative setting (capacity: cumulative). */
    public static ChartRequest of(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter) {
        return new ChartRequest(type, groupBy, granularity, filter, type.cumulativeByDefault());
    }

    public ChartRequest withFilter(DealFilter newFilter) {
        return new ChartRequest(type, groupBy, granularity, newFilter, cumulative, overlays, scenarios);
    }

    /** The same chart with these context series drawn over it (ignored by charts that draw no overlays). */
    public ChartRequest withOverlays(List<String> names) {
        return new ChartRequest(type, groupBy, granularity, filter, cumulative, names, scenarios);
    }

    /** The same chart comparing these scenarios (read by {@link ChartType#COMPARE} only). */
    public ChartRequest withScenarios(List<Scenario> compared) {
        return new ChartRequest(type, groupBy, granularity, filter, cumulative, overlays, compared);
    }
}
