package com.computefolio.service.chart;

import com.computefolio.service.Measure;

/** The charts Computefolio draws, on screen and in every export; what each does is its {@link #kind()}. */
public enum ChartType {
    /** Money committed per period (run rate), stacked by group. */
    COMMITMENTS(new CommitmentsChart()),
    /** Money committed, running total, stacked by group. */
    CUMULATIVE(new CumulativeChart()),
    /** Contracted capacity in gigawatts, cumulative or added per period. */
    CAPACITY(new CapacityChart()),
    /** One bar per deal across its term (a Gantt chart), coloured by kind. */
    TIMELINE(new TimelineChart());

    private final ChartKind kind;

    ChartType(ChartKind kind) {
        this.kind = kind;
    }

    /** How this type of chart is built, titled, drawn and named. */
    public ChartKind kind() {
        return kind;
    }

    /** What the chart adds up; null for the timeline, which adds nothing up. */
    public Measure measure() {
        return kind.measure();
    }
}
