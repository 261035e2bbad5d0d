package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ScheduleFlag;
import java.util.EnumSet;
import java.util.Set;

/**
 * What makes a figure less than certain, each drawn as its own hatching over the fill so that it can
 * be told apart without colour (in grey print, by a reader with a colour-vision deficiency, and in
 * a chart grouped by counterparty, where colour already names the group). A figure may carry several.
 *
 * <p>The model only says which marks a segment carries; service/render decides the strokes.
 */
public enum FigureMark {
    /** Reported by the press, not confirmed by a party. */
    REPORTED,
    /** An analyst's estimate. */
    ESTIMATE,
    /** A ceiling ("up to"): the most the deal could be worth. */
    CEILING,
    /** Placed at times no source states: a term the curator assumed, or a lump in the month the deal became known. */
    ASSUMED,
    /** What an umbrella adds once its named parts are taken off: not yet allocated to a named deal (ADR 18). */
    REMAINDER;

    /** The marks of a figure of one confidence with the given schedule caveats. */
    public static Set<FigureMark> of(Confidence confidence, Set<ScheduleFlag> flags) {
        Set<FigureMark> marks = EnumSet.noneOf(FigureMark.class);
        if (confidence == Confidence.REPORTED) {
            marks.add(REPORTED);
        }
        if (confidence == Confidence.ESTIMATE || flags.contains(ScheduleFlag.ESTIMATE)) {
            marks.add(ESTIMATE);
        }
        if (flags.contains(ScheduleFlag.UPPER_BOUND)) {
            marks.add(CEILING);
        }
        if (flags.contains(ScheduleFlag.TERM_ASSUMED) || flags.contains(ScheduleFlag.TERM_UNKNOWN)) {
            marks.add(ASSUMED);
        }
        return marks;
    }

    /** The marks of a confidence alone (a series of one confidence, before its deals' caveats are known). */
    public static Set<FigureMark> of(Confidence confidence) {
        return of(confidence, Set.of());
    }

    /** A short, stable name of a set of marks, for series keys: "CEILING+ASSUMED". */
    static String code(Set<FigureMark> marks) {
        return String.join("+", marks.stream().map(Enum::name).toList());
    }
}
