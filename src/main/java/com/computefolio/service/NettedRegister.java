package com.computefolio.service;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
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

    NettedRegister(Portfolio portfolio, Map<String, NettingUmbrella> umbrellas, Set<Revision> nettedRevisions) {
        this.portfolio = portfolio;
        this.umbrellas = Map.copyOf(umbrellas);
        this.nettedRevisions = nettedRevisions;
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
