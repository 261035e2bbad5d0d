package com.computefolio.service.chart;

/**
 * How a chart is drawn, said in the model's terms so that the model needs no drawing library: the
 * rendering package maps each to a plot.
 */
public enum ChartDrawing {
    /** Stacked bars per period (series × period segments). */
    STACKED_BARS,
    /** Stacked areas of running totals (series × period, reached by the end of each period). */
    STACKED_AREAS,
    /** One bar per deal across its term, with dated markers (a Gantt chart). */
    DEAL_BARS,
    /** Bars per category going both ways from zero (series 0 below, 1 above) with series 2 marked as points. */
    DIVERGING_BARS,
    /** One line per series over periods, not stacked (each line stands on its own: a scenario compared with the others). */
    LINES
}
