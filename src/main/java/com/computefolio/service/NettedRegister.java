package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A register after {@link OverlapNetting}: the netted portfolio that totals are computed from, the
 * umbrellas it netted, and the revisions it derived (by identity), so that their schedules can carry
 * the NETTED caveat.
 */
final class NettedRegister {
    private final Portfolio portfolio;
    private final Map<String, NettingUmbrella> umbrellas;
    private final Set<Revision> nettedRevisions;
    private volatile UmbrellaSlots umbrellaSlots;

    NettedRegister(Portfolio portfolio, Map<String, NettingUmbrella> umbrellas, Set<Revision> nettedRevisions) {
        this.portfolio = portfolio;
        this.umbrellas = Map.copyOf(umbrellas);
        this.nettedRevisions = nettedRevisions;
    }

    /** Whether netting took anything off any umbrella of this register. */
    boolean netsAny() {
        return !umbrellas.isEmpty();
    }

    /**
     * The slots of {@code index} (made for this register's portfolio) that hold an umbrella deal, any
     * revision: a selection finds its umbrellas by a bit per deal instead of reading 100,000 deal ids.
     * Worked out once per index (a race works it out twice, alike).
     */
    BitSet umbrellaSlots(DealSearchIndex index) {
        UmbrellaSlots known = umbrellaSlots;
        if (known != null && known.index() == index) {
            return known.slots();
        }
        BitSet slots = new BitSet(index.slotCount());
        List<Deal> deals = index.deals();
        for (int position = 0; position < deals.size(); position++) {
            if (umbrellas.containsKey(deals.get(position).id())) {
                int first = index.slot(position, 0);
                slots.set(first, first + index.revisionCount(position));
            }
        }
        umbrellaSlots = new UmbrellaSlots(index, slots);
        return slots;
    }

    /** Immutable, so a reader sees the pair whole. */
    private record UmbrellaSlots(DealSearchIndex index, BitSet slots) {
    }

    static NettedRegister unchanged(Portfolio register) {
        return new NettedRegister(register, Map.of(), Set.of());
    }

    Portfolio portfolio() {
        return portfolio;
    }

    /** Revisions whose money or capacity netting reduced; compared by identity. */
    Set<Revision> nettedRevisions() {
        return nettedRevisions;
    }

    /** What was netted, as known on {@code asOf} (latest when null), for the umbrellas among {@code ids}, in the given order. */
    List<NettingLine> lines(Collection<String> ids, LocalDate asOf) {
        List<NettingLine> lines = new ArrayList<>();
        if (umbrellas.isEmpty()) {
            return lines;
        }
        for (String id : ids) {
            NettingUmbrella umbrella = umbrellas.get(id);
            if (umbrella != null) {
                umbrella.lineAsOf(asOf).filter(NettingLine::netted).ifPresent(lines::add);
            }
        }
        return lines;
    }
}
