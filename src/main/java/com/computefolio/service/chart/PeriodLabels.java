package com.computefolio.service.chart;

import com.computefolio.service.Granularity;
import com.computefolio.service.text.Texts;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

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
        if (granularity == Granularity.MONTH) {
            return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(periodStart);
        }
        if (granularity == Granularity.QUARTER && !locale.getLanguage().equals("en")) {
            // "2026-Q1" is English shorthand; other languages name the quarter in their own words and digits.
            NumberFormat digits = NumberFormat.getIntegerInstance(locale);
            digits.setGroupingUsed(false);
            // Through Texts, the one seam that loads bundles (ArchitectureTest).
            String pattern = Texts.choose(Optional.of(locale)).bundle(Texts.EXPORT).getString("period.quarter.label");
            return MessageFormat.format(pattern, digits.format((periodStart.getMonthValue() - 1) / 3 + 1),
                    digits.format(periodStart.getYear()));
        }
        return granularity.label(periodStart);
    }

    /** The name of one period of a chart, by its index. */
    public static String of(ChartModel model, int periodIndex, Locale locale) {
        return of(model.request().granularity(), model.periodStarts().get(periodIndex), locale);
    }
}
