package com.computefolio.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One part of a deal's schedule: an amount of money and/or capacity placed over some months.
 * A revision with no legs is spread evenly over its term. With legs, each leg's amount is placed as
 * given and the legs' amounts must add up to the headline.
 *
 * @param amount   money placed by this leg, or null for a capacity-only milestone
 * @param capacity capacity coming online in this leg, or null
 * @param prepayment money paid ahead (at signing); it counts in the legs' sum like any leg
 */
public record ScheduleLeg(String label, YearMonth start, int months, ScheduleShape shape, Money amount, Capacity capacity,
                          boolean prepayment) {
    public ScheduleLeg {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(shape, "shape");
        if (months < 1) {
            throw new IllegalArgumentException("a schedule leg lasts at least one month: " + months);
        }
    }

    /** A leg that is not a prepayment. */
    public ScheduleLeg(String label, YearMonth start, int months, ScheduleShape shape, Money amount, Capacity capacity) {
        this(label, start, months, shape, amount, capacity, false);
    }

    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }
}
