package com.computefolio.service;

import com.computefolio.domain.Figure;
import com.computefolio.domain.ScheduleFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The deals behind one cell of a timeline: each deal of the series with what it adds to that
 * period (or, on a cumulative timeline, to the running total up to the period's end). Deals that
 * fall in the period but carry no countable money (undisclosed, other currency) are listed with
 * an amount of 0, so that a tooltip can say "plus one undisclosed deal".
 */
final class ContributionFinder {

    List<Contribution> find(TimelinePlan plan, String seriesKey, int periodIndex) {
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
            long amount = member.countsValues() ? scheduled.sumBetween(from, to, plan.capacity()) : 0;
            if (amount != 0 || (carriesNoCountableMoney(member) && scheduled.overlaps(from, to))) {
                Figure value = member.deal().view().revision().value();
                found.add(new Contribution(member.deal().id(), member.deal().view().deal().title(), amount,
                        value.confidence().name(), value.sources()));
            }
        }
        found.sort(Comparator.comparingLong(Contribution::amount).reversed().thenComparing(Contribution::dealId));
        return found;
    }

    private static boolean carriesNoCountableMoney(TimelinePlan.Member member) {
        Set<ScheduleFlag> flags = member.deal().scheduled().flags();
        return !member.countsValues() || flags.contains(ScheduleFlag.UNDISCLOSED);
    }
}
