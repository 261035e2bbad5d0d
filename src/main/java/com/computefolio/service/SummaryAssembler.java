package com.computefolio.service;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals per group for a set of matched deals. Commitments and inflows are summed apart, never
 * netted. Only USD money is summed (deals in other currencies get the caveat OTHER_CURRENCY);
 * cancelled and superseded deals are counted but carry no money or capacity (caveat NOT_LIVE).
 * When the filter has a date window, only the months inside it are summed, so a summary agrees
 * with a timeline over the same filter. Every sum is checked: a total beyond a long is refused with
 * {@link com.computefolio.domain.TotalTooLargeException}, never shown wrapped.
 */
final class SummaryAssembler {

    static final String TOTAL_KEY = "total";
    static final String TOTAL_LABEL = "Total";

    private static final class Accumulator {
        final String key;
        final String label;
        int deals;
        long commitments;
        long inflows;
        long kilowatts;
        final Caveats caveats = new Caveats();

        Accumulator(String key, String label) {
            this.key = key;
            this.label = label;
        }

        SummaryRow toRow() {
            return new SummaryRow(key, label, deals, commitments, inflows, kilowatts, caveats.toMap());
        }
    }

    Summary assemble(List<MatchedDeal> matched, DealFilter filter, GroupBy groupBy) {
        int from = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int to = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        SeriesGrouping grouping = new SeriesGrouping(groupBy);
        Accumulator total = new Accumulator(TOTAL_KEY, TOTAL_LABEL);
        if (groupBy == GroupBy.NONE) {
            return ungrouped(matched, filter, grouping, from, to, total);
        }
        Map<String, Accumulator> groups = new LinkedHashMap<>();
        for (MatchedDeal m : matched) {
            Accumulator acc = groups.computeIfAbsent(grouping.key(m.view()), k -> new Accumulator(k, grouping.label(m.view())));
            add(m, from, to, acc);
            add(m, from, to, total);
        }
        List<Accumulator> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingLong((Accumulator a) -> a.commitments).reversed()
                .thenComparing(Comparator.comparingLong((Accumulator a) -> a.inflows).reversed())
                .thenComparing(a -> a.key));
        return new Summary(groupBy, filter, TimelinePlan.CURRENCY, ordered.stream().map(Accumulator::toRow).toList(),
                total.toRow());
    }

    /**
     * Without grouping the one group holds every deal, so its row is the total row under the
     * group's key: each deal is added once, not once to the group and again to the total (this is
     * the status bar's sum, made on every keystroke).
     */
    private static Summary ungrouped(List<MatchedDeal> matched, DealFilter filter, SeriesGrouping grouping, int from, int to,
                                     Accumulator total) {
        for (MatchedDeal m : matched) {
            add(m, from, to, total);
        }
        SummaryRow totalRow = total.toRow();
        List<SummaryRow> rows = matched.isEmpty() ? List.of()
                : List.of(new SummaryRow(grouping.key(matched.get(0).view()), grouping.label(matched.get(0).view()),
                        totalRow.deals(), totalRow.commitmentsMinor(), totalRow.inflowsMinor(), totalRow.kilowatts(),
                        totalRow.caveats()));
        return new Summary(GroupBy.NONE, filter, TimelinePlan.CURRENCY, rows, totalRow);
    }

    private static void add(MatchedDeal m, int from, int to, Accumulator acc) {
        ScheduledDeal scheduled = m.scheduled();
        acc.deals++;
        acc.caveats.add(scheduled.flags());
        boolean usd = TimelinePlan.CURRENCY.equals(scheduled.currency());
        if (!usd) {
            acc.caveats.addOtherCurrency();
        }
        if (!m.view().revision().status().isLive()) {
            acc.caveats.addNotLive();
            return;
        }
        acc.kilowatts = ExactSums.kilowatts(acc.kilowatts, scheduled.sumBetween(from, to, true));
        if (usd) {
            long money = scheduled.sumBetween(from, to, false);
            if (m.view().deal().direction() == MoneyDirection.INFLOW) {
                acc.inflows = ExactSums.money(acc.inflows, money);
            } else {
                acc.commitments = ExactSums.money(acc.commitments, money);
            }
        }
    }
}
