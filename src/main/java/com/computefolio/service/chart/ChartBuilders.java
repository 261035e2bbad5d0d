package com.computefolio.service.chart;

/** The model builders a {@link ChartKind} chooses from: over periods and series, or one bar per deal. */
record ChartBuilders(PeriodicChartBuilder periodic, TimelineChartBuilder timeline) {
}
