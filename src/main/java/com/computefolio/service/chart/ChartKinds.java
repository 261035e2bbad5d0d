package com.computefolio.service.chart;

import java.util.EnumMap;
import java.util.Map;

/** The one place that says which {@link ChartKind} does the work of each {@link ChartType}. */
public final class ChartKinds {

    private static final Map<ChartType, ChartKind> KINDS = new EnumMap<>(Map.of(
            ChartType.COMPARE, new CompareChart(),
            ChartType.COMMITMENTS, new PeriodicChart(ChartTitles::commitments),
            ChartType.CUMULATIVE, new PeriodicChart(ChartTitles::cumulative),
            ChartType.CAPACITY, new PeriodicChart(ChartTitles::capacity),
            ChartType.RUN_RATE, new PeriodicChart(ChartTitles::runRate),
            ChartType.CAPACITY_CONTRACTED, new PeriodicChart(ChartTitles::contracted),
            ChartType.TIMELINE, new TimelineChart(),
            ChartType.FLOWS, new FlowsChart()));

    private ChartKinds() {
    }

    /** How charts of this type are built, titled, drawn and named. */
    public static ChartKind of(ChartType type) {
        return KINDS.get(type);
    }
}
