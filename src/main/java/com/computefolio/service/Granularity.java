package com.computefolio.service;

import java.time.YearMonth;

/** The width of one period on a timeline. */
public enum Granularity {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first month of the period that contains the given month. */
    public YearMonth periodStart(YearMonth month) {
        int zeroBased = month.getMonthValue() - 1;
        return YearMonth.of(month.getYear(), zeroBased - zeroBased % months + 1);
    }

    /** "2026-03", "2026-Q1" or "2026". */
    public String label(YearMonth periodStart) {
        return switch (this) {
            case MONTH -> periodStart.toString();
            case QUARTER -> periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(periodStart.getYear());
        };
    }
}
