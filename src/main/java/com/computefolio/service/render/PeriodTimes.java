package com.computefolio.service.render;

import com.computefolio.service.Granularity;
import com.computefolio.service.chart.ChartModel;
import java.time.YearMonth;
import java.util.Calendar;
import java.util.Locale;
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

    /**
     * Where a periodic chart draws a month's value: the middle of the period that holds it (a bar),
     * or its end for a running total (reached by the end of the period).
     */
    static double x(ChartModel model, YearMonth month) {
        RegularTimePeriod period = period(model.request().granularity(), month);
        Calendar calendar = Calendar.getInstance(UTC, Locale.ROOT);
        return model.request().cumulative() ? period.getLastMillisecond(calendar) : period.getMiddleMillisecond(calendar);
    }
}
