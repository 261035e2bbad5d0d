package com.computefolio.service.chart;

import java.time.LocalDate;

/** A dated event drawn on a deal's bar in the timeline chart. */
public record TimelineMarker(LocalDate date, Kind kind, String label) {

    public enum Kind {
        /** The day the deal was announced. */
        ANNOUNCED,
        /** A later revision: new terms became known. */
        REVISED,
        /** The start of a labelled schedule leg (a tranche, a GW coming online). */
        MILESTONE
    }
}
