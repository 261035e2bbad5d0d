package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartOverlay;
import com.computefolio.service.chart.ChartRange;
import com.computefolio.service.chart.ChartSeries;
import java.time.YearMonth;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.jfree.data.time.RegularTimePeriod;

/**
 * The highest value a periodic chart draws over a stretch of its time axis, so that the value axis
 * can run from zero to just above what is in view after the time axis is zoomed or panned: the
 * tallest stack of a bar whose period is (partly) in view, the highest point of a running total's
 * area and of each context line within the view (a line leaving the view counts up to the edge),
 * and the top of each disagreement range in view. Stacks are summed like the renderer stacks them.
 */
final class VisibleValues {

    private VisibleValues() {
    }

    /** The highest value drawn between {@code from} and {@code to} (UTC milliseconds), 0 when nothing is. */
    static double highest(ChartModel model, double from, double to) {
        double highest = model.request().cumulative() ? runningTotals(model, from, to) : stacks(model, from, to);
        for (ChartOverlay overlay : model.overlays()) {
            int n = overlay.months().size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = PeriodTimes.x(model, overlay.months().get(i));
                ys[i] = overlay.unit().plotted(overlay.values().get(i));
            }
            highest = Math.max(highest, alongLine(xs, ys, from, to));
        }
        for (ChartRange range : model.ranges()) {
            double x = PeriodTimes.x(model, range.month());
            if (x >= from && x <= to) {
                highest = Math.max(highest, range.unit().plotted(range.high()));
            }
        }
        return highest;
    }

    /** The tallest stack of the bars whose period overlaps the view. */
    private static double stacks(ChartModel model, double from, double to) {
        Calendar calendar = Calendar.getInstance(PeriodTimes.UTC, Locale.ROOT);
        double highest = 0;
        List<YearMonth> starts = model.periodStarts();
        for (int p = 0; p < starts.size(); p++) {
            RegularTimePeriod period = PeriodTimes.period(model.request().granularity(), starts.get(p));
            if (period.getLastMillisecond(calendar) < from || period.getFirstMillisecond(calendar) > to) {
                continue;
            }
            highest = Math.max(highest, stack(model, p));
        }
        return highest;
    }

    /** The top of the stacked area: the running totals at each period's end, from zero one period before the first. */
    private static double runningTotals(ChartModel model, double from, double to) {
        List<YearMonth> starts = model.periodStarts();
        if (starts.isEmpty()) {
            return 0;
        }
        double[] xs = new double[starts.size() + 1];
        double[] ys = new double[starts.size() + 1];
        xs[0] = PeriodTimes.x(model, starts.get(0).minusMonths(model.request().granularity().months()));
        for (int p = 0; p < starts.size(); p++) {
            xs[p + 1] = PeriodTimes.x(model, starts.get(p));
            ys[p + 1] = stack(model, p);
        }
        return alongLine(xs, ys, from, to);
    }

    /** The sum of a period's positive values over all series: the top of its stack. */
    private static double stack(ChartModel model, int period) {
        double sum = 0;
        for (ChartSeries series : model.series()) {
            long value = series.values().get(period);
            if (value > 0) {
                sum += model.unit().plotted(value);
            }
        }
        return sum;
    }

    /**
     * The highest point of a line through the points (x ascending) within the view: its points in
     * view, and where its segments cross the view's edges.
     */
    static double alongLine(double[] xs, double[] ys, double from, double to) {
        double highest = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] >= from && xs[i] <= to) {
                highest = Math.max(highest, ys[i]);
            }
            if (i + 1 < xs.length && xs[i] < xs[i + 1]) {
                for (double edge : new double[] {from, to}) {
                    if (edge > xs[i] && edge < xs[i + 1]) {
                        double share = (edge - xs[i]) / (xs[i + 1] - xs[i]);
                        highest = Math.max(highest, ys[i] + share * (ys[i + 1] - ys[i]));
                    }
                }
            }
        }
        return highest;
    }
}
