package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One deal's bar in the timeline chart, from the first to the last month of its term.
 *
 * @param end       last month, inclusive
 * @param termKnown how the bar's extent was found: STATED (a term), ASSUMED (a term the curator
 *                  inferred), LEGS (the span of the schedule legs) or UNKNOWN (one month at the date
 *                  the deal became known)
 * @param valueText the headline value as shown in tooltips ("$38B", "undisclosed")
 * @param marks     what the bar's figures carry (reported, ceiling, assumed timing, an umbrella's remainder), drawn as hatchings
 */
public record TimelineBar(String dealId, String title, String counterparty, DealKind kind, DealStatus status,
                          Confidence confidence, SeriesStyle style, ChartColor colour, YearMonth start, YearMonth end,
                          TermBasis termKnown, String valueText, List<TimelineMarker> markers,
                          Set<FigureMark> marks) {

    public TimelineBar {
        markers = List.copyOf(markers);
        marks = marks == null || marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
    }

    /** A bar marked by its confidence and by how its extent was found. */
    public TimelineBar(String dealId, String title, String counterparty, DealKind kind, DealStatus status,
                       Confidence confidence, SeriesStyle style, ChartColor colour, YearMonth start, YearMonth end,
                       TermBasis termKnown, String valueText, List<TimelineMarker> markers) {
        this(dealId, title, counterparty, kind, status, confidence, style, colour, start, end, termKnown, valueText, markers,
                marksOf(confidence, termKnown));
    }

    private static Set<FigureMark> marksOf(Confidence confidence, TermBasis termKnown) {
        Set<FigureMark> marks = EnumSet.noneOf(FigureMark.class);
        marks.addAll(FigureMark.of(confidence));
        if (termKnown == TermBasis.ASSUMED || termKnown == TermBasis.UNKNOWN) {
            marks.add(FigureMark.ASSUMED);
        }
        return marks;
    }

    public enum TermBasis {
        STATED, ASSUMED, LEGS, UNKNOWN
    }
}
