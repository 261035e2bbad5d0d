package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import java.time.YearMonth;
import java.util.List;

/**
 * One deal's bar in the timeline chart, from the first to the last month of its term.
 *
 * @param end       last month, inclusive
 * @param termKnown how the bar's extent was found: STATED (a term), ASSUMED (a term the curator
 *                  inferred), LEGS (the span of the schedule legs) or UNKNOWN (one month at the date
 *                  the deal became known)
 * @param valueText the headline value as shown in tooltips ("$38B", "undisclosed")
 */
public record TimelineBar(String dealId, String title, String counterparty, DealKind kind, DealStatus status,
                          Confidence confidence, SeriesStyle style, ChartColor colour, YearMonth start, YearMonth end,
                          TermBasis termKnown, String valueText, List<TimelineMarker> markers) {

    public TimelineBar {
        markers = List.copyOf(markers);
    }

    public enum TermBasis {
        STATED, ASSUMED, LEGS, UNKNOWN
    }
}
