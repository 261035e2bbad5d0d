package com.computefolio.service.render;

import com.computefolio.service.Granularity;
import com.computefolio.service.chart.PeriodLabels;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.data.time.RegularTimePeriod;

/**
 * Which periods a time axis names, and where: each label sits under the middle of its own period,
 * exactly where that period's bar is centred, and says what the bar's tooltip says ("Jan 2026",
 * "2026-Q1", "2026"). When the labels do not fit side by side, every n-th period is named, at
 * round steps (every quarter's first month, every fifth year) so the named periods stay regular.
 */
final class PeriodTicks {

    /** Room left between two labels, in the axis's units (pixels on screen, points in a file). */
    static final double GAP = 12;

    /** One named period: its first month, the times of its first moment and its middle (UTC milliseconds), its name. */
    record Tick(YearMonth start, long first, long middle, String label) {
    }

    private PeriodTicks() {
    }

    /**
     * The ticks of a time axis showing {@code from} to {@code to} (UTC milliseconds) over {@code width}.
     *
     * @param granularities the periods the axis may name, finest first: the finest whose every
     *                      period fits is used, else the last one named every n-th period
     * @param labelWidth    how wide a label is drawn
     */
    static List<Tick> of(List<Granularity> granularities, double from, double to, double width,
                         ToDoubleFunction<String> labelWidth, Locale locale) {
        if (!(to > from) || !(width > 0) || granularities.isEmpty()) {
            return List.of();
        }
        Calendar calendar = Calendar.getInstance(PeriodTimes.UTC, Locale.ROOT);
        for (int g = 0; g < granularities.size(); g++) {
            Granularity granularity = granularities.get(g);
            List<Tick> all = visible(granularity, from, to, calendar, locale);
            double periodWidth = width * granularity.months() * AVERAGE_MONTH / (to - from);
            double needed = all.stream().mapToDouble(t -> labelWidth.applyAsDouble(t.label())).max().orElse(0) + GAP;
            if (g < granularities.size() - 1) {
                // A coarser kind of period named in full reads better than every n-th of a finer one.
                if (periodWidth >= needed) {
                    return all;
                }
                continue;
            }
            int[] steps = steps(granularity);
            for (int step : steps) {
                if (step * periodWidth >= needed) {
                    return every(all, granularity, step);
                }
            }
            return every(all, granularity, steps[steps.length - 1]);
        }
        return List.of();
    }

    private static final double AVERAGE_MONTH = 365.2425 / 12 * 24 * 60 * 60 * 1000;

    /** Round steps: months by quarters, half-years and years; quarters by half-years and years; years by 1-2-5. */
    private static int[] steps(Granularity granularity) {
        return switch (granularity) {
            case MONTH -> new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
            case QUARTER -> new int[] {1, 2, 4, 8, 20, 40, 80, 200, 400};
            case YEAR -> new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
        };
    }

    /** The periods whose middle is on the axis. */
    private static List<Tick> visible(Granularity granularity, double from, double to, Calendar calendar, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        YearMonth month = granularity.periodStart(monthAt((long) Math.floor(from)));
        YearMonth last = monthAt((long) Math.ceil(to));
        while (!month.isAfter(last)) {
            RegularTimePeriod period = PeriodTimes.period(granularity, month);
            long middle = period.getMiddleMillisecond(calendar);
            if (middle >= from && middle <= to) {
                ticks.add(new Tick(month, period.getFirstMillisecond(calendar), middle, PeriodLabels.of(granularity, month, locale)));
            }
            month = month.plusMonths(granularity.months());
        }
        return ticks;
    }

    private static List<Tick> every(List<Tick> all, Granularity granularity, int step) {
        return all.stream().filter(t -> Math.floorMod(periodNumber(granularity, t.start()), step) == 0).toList();
    }

    /** The period's number counted from year 0, so steps fall on round periods (January, Q1, 2030). */
    private static long periodNumber(Granularity granularity, YearMonth start) {
        return ((long) start.getYear() * 12 + start.getMonthValue() - 1) / granularity.months();
    }

    private static YearMonth monthAt(long millis) {
        Calendar c = Calendar.getInstance(PeriodTimes.UTC, Locale.ROOT);
        c.setTimeInMillis(millis);
        return YearMonth.of(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1);
    }
}
