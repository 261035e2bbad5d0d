package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Months;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleFlag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Applies a {@link DealFilter} to a portfolio: picks each deal's revision as of the filter's date
 * and keeps the deals that pass every restriction. The only place a filter's meaning is written
 * down; tables, totals, timelines and exports all come through here. Works over the register's
 * cached {@link DealSearchIndex} and {@link ScheduleCache}, so filtering the same register again
 * (a keystroke in the search box) neither re-sorts, re-lowercases nor re-schedules its deals, and
 * hands out the index's {@link MatchedDeal}s instead of making a new one per deal.
 */
final class DealMatcher {
    private static final int CANCEL_CHECK_EVERY = 4096;

    private final ScheduleCache schedules;
    private final SearchIndexCache indexes = new SearchIndexCache();

    DealMatcher(ScheduleCache schedules) {
        this.schedules = schedules;
    }

    /**
     * The matching deals sorted by announced date, then id (the order tables show).
     *
     * @throws CancellationException when {@code cancelled} turns true before the pass is done
     */
    MatchedDeals sorted(Portfolio portfolio, DealFilter filter, BooleanSupplier cancelled) {
        return run(portfolio, Set.of(), filter, true, cancelled);
    }

    /** As {@link #sorted}, over a netted register: its netted revisions' schedules carry the NETTED caveat. */
    MatchedDeals sorted(NettedRegister register, DealFilter filter, BooleanSupplier cancelled) {
        return run(register.portfolio(), register.nettedRevisions(), filter, true, cancelled);
    }

    /** As {@link #match}, over a netted register. */
    MatchedDeals match(NettedRegister register, DealFilter filter) {
        return run(register.portfolio(), register.nettedRevisions(), filter, false, () -> false);
    }

    /** The matching deals in the portfolio's order. */
    MatchedDeals match(Portfolio portfolio, DealFilter filter) {
        return run(portfolio, Set.of(), filter, false, () -> false);
    }

    /**
     * One pass over the register in the asked order. A restriction the filter does not make is not
     * checked at all, and the deal itself is read only for a restriction that needs it: the latest
     * revision, the text, the netted revisions and the deal seen through its revision are all found
     * by slot in the index's arrays. At 100,000 deals, following each deal to its revisions cost most
     * of a keystroke that keeps nearly all of them.
     */
    private MatchedDeals run(Portfolio portfolio, Set<Revision> netted, DealFilter filter, boolean announcedOrder,
                             BooleanSupplier cancelled) {
        DealSearchIndex index = indexes.indexFor(portfolio);
        List<Deal> deals = index.deals();
        DealSearchIndex.TextSearch text = filter.text() == null || filter.text().isBlank()
                ? null : index.search(SearchFolding.fold(filter.text().strip()));
        int fromMonth = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int toMonth = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        boolean window = fromMonth != Integer.MIN_VALUE || toMonth != Integer.MAX_VALUE;
        boolean dealChecks = !filter.parties().isEmpty() || !filter.roles().isEmpty() || !filter.kinds().isEmpty()
                || !filter.directions().isEmpty();
        boolean revisionChecks = !filter.statuses().isEmpty() || !filter.confidences().isEmpty();
        LocalDate asOf = filter.asOf();
        BitSet nettedSlots = netted.isEmpty() ? null : index.slotsOf(netted);
        // Sized up front: growing a list of 100,000 in steps copies it over and over.
        List<MatchedDeal> matched = new ArrayList<>(deals.size());
        int[] slots = new int[deals.size()];
        for (int i = 0; i < deals.size(); i++) {
            if (i % CANCEL_CHECK_EVERY == CANCEL_CHECK_EVERY - 1 && cancelled.getAsBoolean()) {
                throw new CancellationException("a newer request replaced this one");
            }
            int position = announcedOrder ? index.positionOfRank(i) : i;
            if (text != null && !text.mayMatch(position)) {
                continue;
            }
            int known = asOf == null ? index.revisionCount(position) - 1 : revisionIndexAsOf(deals.get(position), asOf);
            if (known < 0
                    || dealChecks && !passesDeal(deals.get(position), filter)
                    || revisionChecks && !passesRevision(deals.get(position).revisions().get(known), filter)
                    || text != null && !text.matches(position, known)) {
                continue;
            }
            MatchedDeal seen = index.matched(position, known, schedules);
            int slot = index.slot(position, known);
            if (nettedSlots != null && nettedSlots.get(slot)) {
                // Only an umbrella's netted revision: a new value for the few of them, not one per deal.
                seen = new MatchedDeal(seen.view(), seen.scheduled().withFlag(ScheduleFlag.NETTED));
            }
            if (window && !seen.scheduled().overlaps(fromMonth, toMonth)) {
                continue;
            }
            slots[matched.size()] = slot;
            matched.add(seen);
        }
        return new MatchedDeals(matched, Arrays.copyOf(slots, matched.size()), index, netted, fromMonth, toMonth);
    }

    private static boolean passesDeal(Deal deal, DealFilter filter) {
        return (filter.parties().isEmpty()
                        || filter.parties().contains(deal.buyerId()) || filter.parties().contains(deal.counterpartyId()))
                && filter.roles().admits(deal)
                && (filter.kinds().isEmpty() || filter.kinds().contains(deal.kind()))
                && (filter.directions().isEmpty() || filter.directions().contains(deal.direction()));
    }

    private static boolean passesRevision(Revision revision, DealFilter filter) {
        return (filter.statuses().isEmpty() || filter.statuses().contains(revision.status()))
                && (filter.confidences().isEmpty() || filter.confidences().contains(revision.value().confidence()));
    }

    /**
     * The index of the revision in force on the date (the latest when null), or -1 when the deal
     * was not yet known; as {@link Deal#asOf}, but as an index, since the search text is kept per revision.
     */
    static int revisionIndexAsOf(Deal deal, LocalDate date) {
        List<Revision> revisions = deal.revisions();
        if (date == null) {
            return revisions.size() - 1;
        }
        int found = -1;
        for (int i = 0; i < revisions.size() && !revisions.get(i).knownFrom().isAfter(date); i++) {
            found = i;
        }
        return found;
    }
}
