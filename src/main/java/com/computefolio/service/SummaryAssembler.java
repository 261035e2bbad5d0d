package com.computefolio.service;

import com.computefolio.domain.ExactSums;
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

    /**
     * The totals of {@code matched} per group. Each deal adds what {@link DealAmounts#of} says, read
     * from the register's table of amounts for the pass's window (worked out there the first time),
     * so the status bar's totals, {@code summary} and flows all add the same parts.
     */
    Summary assemble(MatchedDeals matched, DealFilter filter, GroupBy groupBy) {
        DealAmounts amounts = matched.amounts();
        SeriesGrouping grouping = new SeriesGrouping(groupBy);
        Accumulator total = new Accumulator(TOTAL_KEY, TOTAL_LABEL);
        if (groupBy == GroupBy.NONE) {
            return ungrouped(matched, amounts, filter, grouping, total);
        }
        Map<String, Accumulator> groups = new LinkedHashMap<>();
        for (int i = 0; i < matched.size(); i++) {
            MatchedDeal m = matched.get(i);
            Accumulator acc = groups.computeIfAbsent(grouping.key(m.view()), k -> new Accumulator(k, grouping.label(m.view())));
            int slot = matched.slot(i);
            amounts.fill(slot, m);
            add(amounts, slot, acc);
            add(amounts, slot, total);
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
    private static Summary ungrouped(MatchedDeals matched, DealAmounts amounts, DealFilter filter, SeriesGrouping grouping,
                                     Accumulator total) {
        for (int i = 0; i < matched.size(); i++) {
            int slot = matched.slot(i);
            amounts.fill(slot, matched.get(i));
            add(amounts, slot, total);
        }
        SummaryRow totalRow = total.toRow();
        List<SummaryRow> rows = matched.size() == 0 ? List.of()
                : List.of(new SummaryRow(grouping.key(matched.get(0).view()), grouping.label(matched.get(0).view()),
                        totalRow.deals(), totalRow.commitmentsMinor(), totalRow.inflowsMinor(), totalRow.kilowatts(),
                        totalRow.caveats()));
        return new Summary(GroupBy.NONE, filter, TimelinePlan.CURRENCY, rows, totalRow);
    }

    /** Adds one filled slot: a deal that is not live carries no money or capacity (its amounts are zero). */
    private static void add(DealAmounts amounts, int slot, Accumulator acc) {
        int marks = amounts.marks(slot);
        acc.deals++;
        acc.caveats.addMarks(marks);
        if ((marks & DealAmounts.NOT_LIVE) != 0) {
            return;
        }
        acc.kilowatts = ExactSums.kilowatts(acc.kilowatts, amounts.kilowatts(slot));
        if ((marks & DealAmounts.INFLOW) != 0) {
            acc.inflows = ExactSums.money(acc.inflows, amounts.money(slot));
        } else {
            acc.commitments = ExactSums.money(acc.commitments, amounts.money(slot));
        }
    }
}
