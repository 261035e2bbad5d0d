package com.computefolio.domain;

import java.time.YearMonth;

/**
 * Months as plain ints (months since January 2000) so that schedules and aggregates can live in
 * primitive arrays instead of one object per month.
 */
public final class Months {
    private static final int EPOCH_YEAR = 2000;

    private Months() {
    }

    public static int index(YearMonth month) {
        return (month.getYear() - EPOCH_YEAR) * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth month(int index) {
        return YearMonth.of(EPOCH_YEAR + Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
