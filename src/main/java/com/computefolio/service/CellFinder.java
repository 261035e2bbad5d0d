package com.computefolio.service;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Months;
import com.computefolio.domain.ScheduleFlag;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one answer to "which deals, with how much, make up this cell": the deals behind one cell of
 * a timeline (for a tooltip or a list) and every deal's part in every period of a chart (for the
 * chart's tooltips and click-to-select), both from the {@link TimelinePlan} that the timeline
 * itself is added up from and from the cached schedules it holds, so a cell never disagrees with
 * the bar it explains and no schedule is computed twice.
 */
final class CellFinder {

    /**
     * Each deal of the series with what it adds to that period (or, on a cumulative timeline, to the
     * running total up to the period's end). Deals that fall in the period but carry no countable
     * money (undisclosed, other currency) are listed with an amount of 0, so that a tooltip can say
     * "plus one undisclosed deal".
     */
    List<Contribution> contributions(TimelinePlan plan, String seriesKey, int periodIndex) {
        if (plan.isEmpty() || periodIndex < 0 || periodIndex >= plan.periodCount()) {
            return List.of();
        }
        int from = plan.query().cumulative() ? plan.firstMonth() : plan.periodFirstMonth(periodIndex);
        int to = plan.periodLastMonth(periodIndex);
        List<Contribution> found = new ArrayList<>();
        for (TimelinePlan.Member member : plan.members()) {
            if (!member.key().equals(seriesKey)) {
                continue;
            }
            ScheduledDeal scheduled = member.deal().scheduled();
            long amount = member.countsValues()
                    ? ExactSums.times(member.runs().sumBetween(from, to, plan.capacity()), plan.factor(), plan.capacity()) : 0;
            if (amount != 0 || (carriesNoCountableMoney(member) && scheduled.overlaps(from, to))) {
                Figure value = member.deal().view().revision().value();
                found.add(new Contribution(member.deal().id(), member.deal().view().deal().title(), amount,
                        value.confidence().name(), value.sources()));
            }
        }
        found.sort(Comparator.comparingLong(Contribution::amount).reversed().thenComparing(Contribution::dealId));
        return found;
    }

    /**
     * Every deal whose values the timeline adds up, with its amount in each of {@code periodCount}
     * calendar-aligned periods of the query's granularity starting at {@code firstPeriod}, counting
     * only the months the timeline counts (within the filter's from/to). A chart drawn over several
     * timelines (one per confidence) passes its own, common periods. Deals with nothing in those
     * periods are left out; so are deals whose money is not added (another currency).
     */
    Map<String, DealCells> cells(TimelinePlan plan, YearMonth firstPeriod, int periodCount) {
        Map<String, DealCells> found = new HashMap<>();
        if (plan.isEmpty() || periodCount <= 0) {
            return found;
        }
        int monthsPerPeriod = plan.query().granularity().months();
        int firstPeriodMonth = Months.index(firstPeriod);
        int from = Math.max(plan.firstMonth(), firstPeriodMonth);
        int to = Math.min(plan.lastMonth(), firstPeriodMonth + periodCount * monthsPerPeriod - 1);
        long[] sums = new long[periodCount];
        for (TimelinePlan.Member member : plan.members()) {
            MonthRuns runs = member.runs();
            int lo = Math.max(from, runs.first());
            int hi = Math.min(to, runs.last());
            if (!member.countsValues() || lo > hi) {
                continue;
            }
            runs.addPerPeriod(sums, firstPeriodMonth, monthsPerPeriod, lo, hi, plan.capacity());
            DealCells cells = collect(member, sums, Math.floorDiv(lo - firstPeriodMonth, monthsPerPeriod),
                    Math.floorDiv(hi - firstPeriodMonth, monthsPerPeriod), plan);
            if (cells.count() > 0) {
                found.put(cells.dealId(), cells);
            }
        }
        return found;
    }

    /** The non-zero sums of periods [first, last] (annualised if the plan is), which are cleared for the next deal. */
    private static DealCells collect(TimelinePlan.Member member, long[] sums, int first, int last, TimelinePlan plan) {
        int[] periods = new int[last - first + 1];
        long[] amounts = new long[periods.length];
        int n = 0;
        for (int p = first; p <= last; p++) {
            if (sums[p] != 0) {
                periods[n] = p;
                amounts[n] = ExactSums.times(sums[p], plan.factor(), plan.capacity());
                n++;
                sums[p] = 0;
            }
        }
        return new DealCells(member.deal().id(), member.deal().view().deal().title(), Arrays.copyOf(periods, n),
                Arrays.copyOf(amounts, n), member.deal().scheduled().flags());
    }

    private static boolean carriesNoCountableMoney(TimelinePlan.Member member) {
        Set<ScheduleFlag> flags = member.deal().scheduled().flags();
        return !member.countsValues() || flags.contains(ScheduleFlag.UNDISCLOSED);
    }
}
