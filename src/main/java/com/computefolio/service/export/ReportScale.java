package com.computefolio.service.export;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Revision;
import com.computefolio.service.DealView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How much of a register a report lists deal by deal (issue 18: a report of 100,000 deals would be
 * thousands of pages). Up to {@value #FULL_TABLE_UP_TO} deals every deal is listed, as always; above,
 * only the {@value #LARGEST_LISTED} largest by value are listed in full (largest first) and the rest
 * are summarised by counterparty, and the report says so on the page. The sources appendix then
 * holds the sources of the listed deals (and of the context), not of every deal.
 *
 * @param listed     the deals the table lists in full, in the order shown
 * @param summarised per counterparty, the deals left out of the table (empty when every deal is listed)
 * @param total      how many deals the report covers
 */
record ReportScale(List<DealView> listed, List<RestRow> summarised, int total) {

    /** Past this many deals the table would run to dozens of pages: the report lists the largest only. */
    static final int FULL_TABLE_UP_TO = 1_000;
    /** How many deals a report at scale lists in full. */
    static final int LARGEST_LISTED = 50;

    /**
     * The deals left out of the table for one counterparty.
     *
     * @param commitmentsMinor the USD commitments of their live deals (other currencies and cancelled or
     *                         superseded deals are left out, as in every sum)
     */
    record RestRow(String counterparty, int deals, long commitmentsMinor, long kilowatts) {
    }

    static ReportScale of(List<DealView> deals) {
        if (deals.size() <= FULL_TABLE_UP_TO) {
            return new ReportScale(deals, List.of(), deals.size());
        }
        List<DealView> ranked = new ArrayList<>(deals);
        // Stable: deals of equal value keep the table's order, so the same register gives the same page.
        ranked.sort(Comparator.comparingLong(ReportScale::rank).reversed());
        List<DealView> listed = List.copyOf(ranked.subList(0, LARGEST_LISTED));
        Map<String, long[]> byCounterparty = new LinkedHashMap<>();
        for (DealView view : ranked.subList(LARGEST_LISTED, ranked.size())) {
            long[] sums = byCounterparty.computeIfAbsent(view.counterpartyName(), k -> new long[3]);
            Revision r = view.revision();
            sums[0]++;
            // As the summary counts: a cancelled or superseded deal is a deal, but adds nothing.
            if (!r.status().isLive()) {
                continue;
            }
            if (view.deal().direction() == MoneyDirection.COMMITMENT && "USD".equals(HeadlineTotal.currency(r))) {
                sums[1] = ExactSums.money(sums[1], HeadlineTotal.minorUnits(r).orElse(0));
            }
            sums[2] = ExactSums.kilowatts(sums[2], r.capacity() == null ? 0 : r.capacity().kilowatts());
        }
        List<RestRow> rows = byCounterparty.entrySet().stream()
                .map(e -> new RestRow(e.getKey(), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(RestRow::commitmentsMinor).reversed()
                        .thenComparing(Comparator.comparingInt(RestRow::deals).reversed()).thenComparing(RestRow::counterparty))
                .toList();
        return new ReportScale(listed, rows, deals.size());
    }

    /** True when the table lists only the largest deals. */
    boolean scaled() {
        return listed.size() < total;
    }

    /** Value in USD for ranking; deals in other currencies or undisclosed rank after every USD value. */
    private static long rank(DealView view) {
        Revision r = view.revision();
        OptionalLong minor = HeadlineTotal.minorUnits(r);
        return minor.isPresent() && "USD".equals(HeadlineTotal.currency(r)) ? minor.getAsLong() : -1;
    }
}
