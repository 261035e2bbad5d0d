package com.computefolio.service.render;

import com.computefolio.service.Granularity;
import java.time.YearMonth;
import java.util.TimeZone;
import org.jfree.data.time.Month;
import org.jfree.data.time.Quarter;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.Year;

/** The time-axis period that holds a month, in UTC: where the stacks and the overlays place a value alike. */
final class PeriodTimes {

    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private PeriodTimes() {
    }

    static RegularTimePeriod period(Granularity granularity, YearMonth month) {
        return switch (granularity) {
            case MONTH -> new Month(month.getMonthValue(), month.getYear());
            case QUARTER -> new Quarter((month.getMonthValue() - 1) / 3 + 1, month.getYear());
            case YEAR -> new Year(month.getYear());
        };
    }
}
