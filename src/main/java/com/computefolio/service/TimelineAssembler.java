package com.computefolio.service;

import com.computefolio.domain.ScheduleFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the members of a {@link TimelinePlan} into one primitive array of months per series, then
 * folds the months into periods. No object per month or per cell: this is what keeps a timeline
 * over 100,000 deals fast.
 */
final class TimelineAssembler {

    /** One series under construction. */
    private static final class Accumulator {
        final String key;
        final String label;
        final long[] months;
        final List<String> dealIds = new ArrayList<>();
        final Caveats caveats = new Caveats();
        long total;
        List<Long> values;

        Accumulator(String key, String label, int monthCount) {
            this.key = key;
            this.label = label;
            this.months = new long[monthCount];
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
            acc.caveats.add(deal.scheduled().schedule().flags());
            if (!member.countsValues()) {
                acc.caveats.addOtherCurrency();
            } else if (!plan.isEmpty()) {
                deal.scheduled().schedule().addInto(acc.months, plan.firstMonth(), capacity);
            }
            if (deal.scheduled().schedule().flags().contains(ScheduleFlag.UNDISCLOSED)) {
                undisclosed.add(deal.id());
            }
        }
        for (Accumulator acc : series) {
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

    private static void foldIntoPeriods(Accumulator acc, TimelinePlan plan) {
        long[] periods = new long[plan.periodCount()];
        for (int i = 0; i < acc.months.length; i++) {
            periods[plan.periodOf(plan.firstMonth() + i)] += acc.months[i];
        }
        long running = 0;
        List<Long> values = new ArrayList<>(periods.length);
        for (long v : periods) {
            running += v;
            values.add(plan.query().cumulative() ? running : v);
        }
        acc.total = running;
        acc.values = values;
    }
}
