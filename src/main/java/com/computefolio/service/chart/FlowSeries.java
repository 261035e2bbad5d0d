package com.computefolio.service.chart;

/** Group keys of the flows chart's three series, for views that ask a drawn flows chart for one of them. */
public final class FlowSeries {

    /** Money the buyer pays, drawn below zero. */
    public static final String OUT = "out";
    /** Money the counterparty invests in the buyer, drawn above zero. */
    public static final String IN = "in";
    /** In − out per counterparty, drawn as a marker. */
    public static final String NET = "net";

    private FlowSeries() {
    }
}
