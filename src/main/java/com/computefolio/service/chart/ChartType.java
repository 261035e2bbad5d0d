package com.computefolio.service.chart;

import com.computefolio.service.Measure;

/** The charts Computefolio draws, on screen and in every export. */
public enum ChartType {
    /** Money committed per period (run rate), stacked by group. */
    COMMITMENTS(Measure.MONEY),
    /** Money committed, running total, stacked by group. */
    CUMULATIVE(Measure.MONEY),
    /** Contracted capacity in gigawatts, cumulative or added per period. */
    CAPACITY(Measure.CAPACITY),
    /** One bar per deal across its term (a Gantt chart), coloured by kind. */
    TIMELINE(null);

    private final Measure measure;

    ChartType(Measure measure) {
        this.measure = measure;
    }

    /** What the chart adds up; null for the timeline, which adds nothing up. */
    public Measure measure() {
        return measure;
    }

    /** Whether the chart is built from a computed {@code Timeline} of periods and series. */
    public boolean isPeriodic() {
        return this != TIMELINE;
    }
}
