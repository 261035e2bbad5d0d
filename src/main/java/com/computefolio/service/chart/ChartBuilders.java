package com.computefolio.service.chart;

/**
 * The model builders a {@link ChartKind} chooses from (over periods and series, or one bar per deal)
 * and the titles it picks from; the kind hands the builder its title, so builders never ask a kind.
 */
record ChartBuilders(PeriodicChartBuilder periodic, TimelineChartBuilder timeline, FlowsChartBuilder flows,
                    CompareChartBuilder compare, ChartTitles titles) {
}
