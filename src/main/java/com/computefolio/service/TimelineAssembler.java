package com.computefolio.service;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.ScheduleFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the members of a {@link TimelinePlan} into one primitive difference array of months per
 * series (see {@link MonthRuns}), then turns it into monthly values and folds those into periods.
 * No object per month or per cell, and a few writes per deal: this is what keeps a timeline over
 * 100,000 deals fast.
 *
 * <p>Every sum is exact or refused with {@link com.computefolio.domain.TotalTooLargeException}:
 * each deal's part is added to its series' total with checked arithmetic, and the series totals to
 * a grand total, so that no month, period, running total or total in the result can have wrapped.
 */
final class TimelineAssembler {

    /** One series under construction. */
    private static final class Accumulator {
        final String key;
        final String label;
        /** Month-to-month changes; one slot more than the months. */
        final long[] differences;
        final List<String> dealIds = new ArrayList<>();
        final Caveats caveats = new Caveats();
        /** Checked sum of everything added into {@link #differences}; bounds every month and period. */
        long total;
        List<Long> values;

        Accumulator(String key, String label, int monthCount) {
            this.key = key;
            this.label = label;
            this.differences = new long[monthCount + 1];
        }
    }

    Timeline assemble(TimelinePlan plan) {
        boolean capacity = plan.capacity();
        Map<String, Accumulator> byKey = new HashMap<>();
        List<Accumulator> series = new ArrayList<>();
        List<String> undisclosed = new ArrayList<>();
        for (TimelinePlan.Member member : plan.members()) {
            Accumulator acc = byKey.get(member.key());
            if (acc == null) {
                acc = new Accumulator(member.key(), member.label(), plan.monthCount());
                byKey.put(member.key(), acc);
                series.add(acc);
            }
            MatchedDeal deal = member.deal();
            acc.dealIds.add(deal.id());
            acc.caveats.add(deal.scheduled().flags());
            if (!member.countsValues()) {
                acc.caveats.addOtherCurrency();
            } else if (!plan.isEmpty()) {
                long part = member.runs().addIntoDifferences(acc.differences, plan.firstMonth(), plan.lastMonth(),
                        capacity);
                acc.total = ExactSums.add(acc.total, part, capacity);
            }
            if (deal.scheduled().flags().contains(ScheduleFlag.UNDISCLOSED)) {
                undisclosed.add(deal.id());
            }
        }
        long grandTotal = 0;
        for (Accumulator acc : series) {
            // Checked first, so that the folding below (and any reader adding series up) cannot wrap.
            grandTotal = ExactSums.add(grandTotal, acc.total, capacity);
            foldIntoPeriods(acc, plan);
        }
        series.sort(Comparator.comparingLong((Accumulator a) -> a.total).reversed().thenComparing(a -> a.key));
        List<TimelineSeries> result = new ArrayList<>(series.size());
        for (Accumulator acc : series) {
            result.add(new TimelineSeries(acc.key, acc.label, acc.values, acc.dealIds, acc.caveats.toMap()));
        }
        return new Timeline(plan.query(), plan.periodStarts(), plan.periodLabels(), result,
                capacity ? null : TimelinePlan.CURRENCY, undisclosed);
    }

    /** Plain additions: every month, period and running total is at most the series' checked total. */
    private static void foldIntoPeriods(Accumulator acc, TimelinePlan plan) {
        long[] periods = new long[plan.periodCount()];
        long month = 0;
        for (int i = 0; i < plan.monthCount(); i++) {
            month += acc.differences[i];
            periods[plan.periodOf(plan.firstMonth() + i)] += month;
        }
        long running = 0;
        long factor = plan.factor();
        List<Long> values = new ArrayList<>(periods.length);
        for (long v : periods) {
            running += v;
            values.add(plan.query().cumulative() ? running : ExactSums.times(v, factor, plan.capacity()));
        }
        acc.values = values;
    }
}
