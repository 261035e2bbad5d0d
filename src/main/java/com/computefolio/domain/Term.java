package com.computefolio.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * When a deal runs: first month and length in months. {@code assumed} marks a term that the curator
 * inferred (no party stated it), so that charts can say so.
 */
public record Term(YearMonth start, int months, boolean assumed) {
    public Term {
        Objects.requireNonNull(start, "start");
        if (months < 1) {
            throw new IllegalArgumentException("a term lasts at least one month: " + months);
        }
    }

    public static Term of(YearMonth start, int months) {
        return new Term(start, months, false);
    }

    /** The last month of the term, inclusive. */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    public static int monthsBetweenInclusive(YearMonth start, YearMonth endInclusive) {
        return (int) (start.until(endInclusive, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
