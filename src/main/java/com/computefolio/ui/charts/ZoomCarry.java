package com.computefolio.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Keeps the stretch of time the user zoomed into when the chart on screen is replaced by a new
 * drawing of the same view: a group hidden in the legend, a filter or an edit, another period
 * length. Without it every such change jumped back to the whole chart and the user lost their
 * place. Only a time axis carries over (a flows chart's columns differ from chart to chart); Reset
 * zoom shows everything again.
 */
final class ZoomCarry {

    private ZoomCarry() {
    }

    /** The time range a chart is zoomed to, or null when it shows all of its time. */
    static Range zoomedTime(JFreeChart chart) {
        ValueAxis time = timeAxis(chart);
        return time == null || time.isAutoRange() ? null : time.getRange();
    }

    /** Shows the same stretch of time in a new chart (its value axis follows by itself). */
    static void apply(JFreeChart chart, Range zoomed) {
        ValueAxis time = timeAxis(chart);
        if (zoomed != null && time != null) {
            time.setRange(zoomed);
        }
    }

    private static ValueAxis timeAxis(JFreeChart chart) {
        if (chart == null || !(chart.getPlot() instanceof XYPlot plot)) {
            return null;
        }
        if (plot.getDomainAxis() instanceof DateAxis time) {
            return time;
        }
        return plot.getRangeAxis() instanceof DateAxis time ? time : null;
    }
}
