package com.computefolio.service;

import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, for one {@link TimelineQuery}, which matched deals go into which series and which
 * months and periods the timeline spans. The timeline itself and the contributions behind one of
 * its cells are both computed from this plan, so a tooltip always adds up to the bar it explains.
 *
 * <p>Rules:
 * <ul>
 *   <li>Cancelled and superseded deals ({@code !status.isLive()}) are not on the timeline.</li>
 *   <li>Money: with no direction chosen in the filter only COMMITMENTs are shown; INFLOWs only when
 *       the filter asks for them. When both are chosen, inflows are never netted against
 *       commitments: they get series of their own, keyed {@code "<key>:inflow"}.</li>
 *   <li>Capacity: every direction counts unless the filter restricts it. Per period it is the
 *       capacity coming online; as a running total it is the capacity online, a stock: a deal's
 *       gigawatts come online by its legs (milestones or ramps, else evenly over its term), stay
 *       online until its schedule ends and then leave; what came online before the filter's start
 *       is online from the first month shown.</li>
 *   <li>Contracted (capacity): a deal's whole capacity from its announcement (or start) to the end of its schedule.</li>
 *   <li>Annualised: each period's amount times the periods in a year (exact, see {@link TimelineMode}).</li>
 *   <li>Money in a currency other than USD is not added (no silent conversion); the deal stays in
 *       its series with the caveat {@code OTHER_CURRENCY}.</li>
 *   <li>The months run from the first to the last month holding a non-zero value in any series,
 *       clipped to the filter's from/to, and are bucketed into calendar-aligned periods.</li>
 * </ul>
 */
final class TimelinePlan {

    static final String CURRENCY = "USD";
    static final String INFLOW_KEY_SUFFIX = ":inflow";
    static final String INFLOW_LABEL_SUFFIX = " (inflow)";

    /**
     * A deal placed in a series; {@code countsValues} is false when its money cannot be added.
     * {@code runs} are what the timeline adds up for it: its money or capacity per month or, for
     * capacity online, the changes of its stock ({@link MonthRuns#heldUntil}).
     */
    record Member(MatchedDeal deal, String key, String label, boolean countsValues, MonthRuns runs) {
    }

    private final TimelineQuery query;
    private final List<Member> members;
    private final int firstMonth;
    private final int lastMonth;

    private TimelinePlan(TimelineQuery query, List<Member> members, int firstMonth, int lastMonth) {
        this.query = query;
        this.members = members;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    static TimelinePlan of(List<MatchedDeal> matched, TimelineQuery query) {
        boolean capacity = query.measure() == Measure.CAPACITY;
        Set<MoneyDirection> directions = query.filter().directions();
        boolean separateInflows = !capacity && directions.containsAll(Set.of(MoneyDirection.COMMITMENT, MoneyDirection.INFLOW));
        SeriesGrouping grouping = new SeriesGrouping(query.groupBy());
        List<Member> members = new ArrayList<>(matched.size());
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        boolean stock = capacity && query.cumulative();
        boolean contracted = query.mode() == TimelineMode.CONTRACTED;
        int opening = query.filter().from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(query.filter().from()));
        for (MatchedDeal m : matched) {
            if (!m.view().revision().status().isLive()) {
                continue;
            }
            boolean inflow = m.view().deal().direction() == MoneyDirection.INFLOW;
            if (!capacity && directions.isEmpty() && inflow) {
                continue;
            }
            String key = grouping.key(m.view());
            String label = grouping.label(m.view());
            if (separateInflows && inflow) {
                key += INFLOW_KEY_SUFFIX;
                label += INFLOW_LABEL_SUFFIX;
            }
            boolean countsValues = capacity || CURRENCY.equals(m.scheduled().currency());
            MonthRuns runs = contracted ? contractedRuns(m, opening)
                    : stock ? m.scheduled().kilowatts().heldUntil(opening, m.scheduled().endMonth())
                    : m.scheduled().runs(capacity);
            members.add(new Member(m, key, label, countsValues, runs));
            if (countsValues && !runs.isEmpty()) {
                first = Math.min(first, runs.first());
                // Capacity online stays until the schedule ends; its removal, the month after, is not shown.
                last = Math.max(last, stock ? m.scheduled().endMonth() : runs.last());
            }
        }
        if (query.filter().from() != null) {
            first = Math.max(first, Months.index(YearMonth.from(query.filter().from())));
        }
        if (query.filter().to() != null) {
            last = Math.min(last, Months.index(YearMonth.from(query.filter().to())));
        }
        return new TimelinePlan(query, members, first, last);
    }

    /** A deal's capacity under contract from its announcement (or its start, if earlier) to the end of its schedule. */
    private static MonthRuns contractedRuns(MatchedDeal m, int opening) {
        ScheduledDeal scheduled = m.scheduled();
        if (scheduled.kilowatts().isEmpty()) {
            return scheduled.kilowatts();
        }
        long total = scheduled.sumBetween(scheduled.startMonth(), scheduled.endMonth(), true);
        int announced = Months.index(YearMonth.from(m.view().deal().announced()));
        return MonthRuns.contracted(total, Math.min(announced, scheduled.startMonth()), opening, scheduled.endMonth());
    }

    TimelineQuery query() {
        return query;
    }

    boolean capacity() {
        return query.measure() == Measure.CAPACITY;
    }

    /** What each period's amount is multiplied by: 1, or a year's periods when annualised. */
    long factor() {
        return query.mode().factor(query.granularity());
    }

    List<Member> members() {
        return members;
    }

    /** First month holding a value, as a {@link Months} index. */
    int firstMonth() {
        return firstMonth;
    }

    int lastMonth() {
        return lastMonth;
    }

    int monthCount() {
        return isEmpty() ? 0 : lastMonth - firstMonth + 1;
    }

    boolean isEmpty() {
        return firstMonth > lastMonth;
    }

    int periodCount() {
        return isEmpty() ? 0 : periodOf(lastMonth) + 1;
    }

    /** The period (0-based) that holds a month of the range. */
    int periodOf(int month) {
        int g = query.granularity().months();
        return Math.floorDiv(month, g) - Math.floorDiv(firstMonth, g);
    }

    /** First month of a period, clipped to the range. */
    int periodFirstMonth(int period) {
        int g = query.granularity().months();
        return Math.max(firstMonth, (Math.floorDiv(firstMonth, g) + period) * g);
    }

    /** Last month of a period, clipped to the range. */
    int periodLastMonth(int period) {
        int g = query.granularity().months();
        return Math.min(lastMonth, (Math.floorDiv(firstMonth, g) + period + 1) * g - 1);
    }

    /** Calendar start of each period (a quarter starts in January, April, ... even when the range starts later). */
    List<YearMonth> periodStarts() {
        int g = query.granularity().months();
        List<YearMonth> starts = new ArrayList<>(periodCount());
        for (int p = 0; p < periodCount(); p++) {
            starts.add(Months.month((Math.floorDiv(firstMonth, g) + p) * g));
        }
        return starts;
    }

    List<String> periodLabels() {
        return periodStarts().stream().map(query.granularity()::label).toList();
    }
}
