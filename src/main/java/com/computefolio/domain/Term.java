package com.computefolio.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * When a deal runs: first month and length in months. {@code assumed} marks a term that the curator
 * inferred (no party stated it), so that charts can say so.
 *
 * <p>An {@code openEnded} term has a start and no stated end ("from 2027", or until notice): its
 * {@code months} are then the horizon it is scheduled over, not a stated length, and its schedule
 * is flagged {@link ScheduleFlag#TERM_ASSUMED} so that every total built from it says the placement
 * is assumed (ADR 20).
 *
 * @param noticeMonths the notice that ends an open-ended term, or null when none is stated
 */
public record Term(YearMonth start, int months, boolean assumed, boolean openEnded, Integer noticeMonths) {

    /** The horizon an open-ended term is scheduled over when the file states none. */
    public static final int DEFAULT_OPEN_HORIZON_MONTHS = 12;

    public Term {
        Objects.requireNonNull(start, "start");
        if (months < 1) {
            throw new IllegalArgumentException("a term lasts at least one month: " + months);
        }
    }

    /** A term with a stated end. */
    public Term(YearMonth start, int months, boolean assumed) {
        this(start, months, assumed, false, null);
    }

    public static Term of(YearMonth start, int months) {
        return new Term(start, months, false);
    }

    /** The last month of the term, inclusive (for an open-ended term, of its scheduled horizon). */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    /** True when the schedule's placement over these months is an assumption, not a stated term. */
    public boolean placementAssumed() {
        return assumed || openEnded;
    }

    public static int monthsBetweenInclusive(YearMonth start, YearMonth endInclusive) {
        return (int) (start.until(endInclusive, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
