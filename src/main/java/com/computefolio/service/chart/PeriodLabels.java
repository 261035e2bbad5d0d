package com.computefolio.service.chart;

import com.computefolio.service.Granularity;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The name a chart shows for one period: under its bar on the time axis and in its tooltip alike
 * ("Jan 2026", "2026-Q1", "2026"), so the axis and the tooltip never name a bar differently. Data
 * exports keep the model's sortable labels ({@link Granularity#label}: "2026-01").
 */
public final class PeriodLabels {

    private PeriodLabels() {
    }

    /** The name of the period that starts with this month, in this language (the month's short name). */
    public static String of(Granularity granularity, YearMonth periodStart, Locale locale) {
        return granularity == Granularity.MONTH
                ? DateTimeFormatter.ofPattern("MMM yyyy", locale).format(periodStart)
                : granularity.label(periodStart);
    }

    /** The name of one period of a chart, by its index. */
    public static String of(ChartModel model, int periodIndex, Locale locale) {
        return of(model.request().granularity(), model.periodStarts().get(periodIndex), locale);
    }
}
