package com.computefolio.service.chart;

import com.computefolio.service.Measure;
import com.computefolio.service.TimelineMode;

/**
 * The charts Computefolio draws, on screen and in every export, with the two facts every layer asks
 * about a type (what it adds up, and whether it runs a total). How each is built, titled, drawn and
 * named is its {@link ChartKind}, found through {@link ChartKinds#of}; the enum holds no strategy, so
 * that a request (which names its type) and the strategies (which read requests) do not depend on
 * each other in a circle.
 */
public enum ChartType {
    /** Money committed per period (run rate), stacked by group. */
    COMMITMENTS(Measure.MONEY, Running.NEVER),
    /** Money committed, running total, stacked by group. */
    CUMULATIVE(Measure.MONEY, Running.ALWAYS),
    /**
     * Capacity in gigawatts: online at the end of each period (the default; a stock that each deal
     * holds for its term) or added per period.
     */
    CAPACITY(Measure.CAPACITY, Running.CHOSEN),
    /**
     * Capacity under contract in gigawatts at the end of each period: each deal's whole capacity from
     * its announcement to the end of its term, beside what is online ({@link #CAPACITY}).
     */
    CAPACITY_CONTRACTED(Measure.CAPACITY, Running.CONTRACTED),
    /** Money committed per period at a yearly rate (x4 a quarter, x12 a month), stacked by group. */
    RUN_RATE(Measure.MONEY, Running.YEARLY),
    /** One bar per deal across its term (a Gantt chart), coloured by kind: adds nothing up. */
    TIMELINE(null, Running.NEVER),
    /** Money both ways per counterparty: out below zero, in above, the net marked (docs/flows.md). */
    FLOWS(Measure.MONEY, Running.NEVER),
    /**
     * The same filtered deals under several scenarios: one line per scenario of money committed by
     * the end of each period, each ending at that scenario's total (docs/scenarios.md).
     */
    COMPARE(Measure.MONEY, Running.ALWAYS);

    /** Whether a type shows running totals (YEARLY: never, but each period at a yearly rate). */
    private enum Running { NEVER, ALWAYS, CHOSEN, YEARLY, CONTRACTED }

    private final Measure measure;
    private final Running running;

    ChartType(Measure measure, Running running) {
        this.measure = measure;
        this.running = running;
    }

    /** What the chart adds up; null for the timeline, which adds nothing up. */
    public Measure measure() {
        return measure;
    }

    /** Whether the chart shows running totals, given what the request asked (only capacity lets the user choose). */
    public boolean cumulative(boolean asked) {
        return running == Running.ALWAYS || running == Running.CONTRACTED || (running == Running.CHOSEN && asked);
    }

    /** The running-total setting of a request that does not say. */
    public boolean cumulativeByDefault() {
        return running == Running.ALWAYS || running == Running.CHOSEN || running == Running.CONTRACTED;
    }

    /** How the timelines behind a chart of this type show each period, given its running-total setting. */
    public TimelineMode mode(boolean cumulative) {
        if (running == Running.YEARLY) {
            return TimelineMode.ANNUALISED;
        }
        if (running == Running.CONTRACTED) {
            return TimelineMode.CONTRACTED;
        }
        return cumulative(cumulative) ? TimelineMode.CUMULATIVE : TimelineMode.PER_PERIOD;
    }
}
