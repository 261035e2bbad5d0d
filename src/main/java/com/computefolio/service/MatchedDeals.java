package com.computefolio.service;

import com.computefolio.domain.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The deals one pass of {@link DealMatcher} kept, in its order, each with its slot in the register's
 * {@link DealSearchIndex}: what the selection's totals read their {@link DealAmounts} by, so summing a
 * keystroke's deals reads arrays by slot instead of walking each deal's schedule. Immutable.
 */
final class MatchedDeals {

    private final List<MatchedDeal> deals;
    private final int[] slots;
    private final DealSearchIndex index;
    private final Set<Revision> netted;
    private final int from;
    private final int to;

    /**
     * @param deals  the kept deals, a list no one else holds (not copied: at 100,000 deals per keystroke a copy is felt)
     * @param slots  each kept deal's slot, in the same order
     * @param netted the netted revisions of the register the pass read (by identity): part of what a slot adds
     * @param from   first month of the filter's window (Months index)
     * @param to     last month of the filter's window
     */
    MatchedDeals(List<MatchedDeal> deals, int[] slots, DealSearchIndex index, Set<Revision> netted, int from, int to) {
        if (deals.size() != slots.length) {
            throw new IllegalArgumentException(deals.size() + " deals but " + slots.length + " slots");
        }
        this.deals = Collections.unmodifiableList(deals);
        this.slots = slots;
        this.index = index;
        this.netted = netted;
        this.from = from;
        this.to = to;
    }

    static MatchedDeals none() {
        return new MatchedDeals(new ArrayList<>(), new int[0], null, Set.of(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    List<MatchedDeal> deals() {
        return deals;
    }

    int size() {
        return slots.length;
    }

    MatchedDeal get(int i) {
        return deals.get(i);
    }

    /** The index the slots are of; null for no deals at all. */
    DealSearchIndex index() {
        return index;
    }

    int slot(int i) {
        return slots[i];
    }

    /** What each slot adds to totals over this pass's window; the table is shared by every pass over the same register and window. */
    DealAmounts amounts() {
        return index == null ? new DealAmounts(0, from, to) : index.amounts(from, to, netted);
    }

    /** The deals at {@code positions} (ascending positions in this list), with their slots. */
    MatchedDeals only(int[] positions) {
        List<MatchedDeal> some = new ArrayList<>(positions.length);
        int[] someSlots = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            some.add(deals.get(positions[i]));
            someSlots[i] = slots[positions[i]];
        }
        return new MatchedDeals(some, someSlots, index, netted, from, to);
    }
}
