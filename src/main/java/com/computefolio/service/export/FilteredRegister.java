package com.computefolio.service.export;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelectionQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of a register a filtered JSON or deals CSV export holds. Both files import back, so they hold the
 * register's own figures: a scenario, a stress or the netting of umbrella deals decides which deals are
 * counted, never what a written deal says. (Writing the counted figures made an export of the netted
 * register carry Stargate at its remainder, and one under a 50% haircut every amount halved: importing
 * either file back replaced the registered figures in silence.)
 */
final class FilteredRegister {
    private final AnalysisService analysis;

    FilteredRegister(AnalysisService analysis) {
        this.analysis = analysis;
    }

    /**
     * The deals that pass the filter with all their revisions, or, when the filter has an as-of
     * date, with the revisions known on that date; the parties they refer to (every party for an
     * unfiltered export) and all context series. Under a scenario the deals it counts are written, each
     * with its registered revisions (docs/scenarios.md).
     */
    Portfolio portfolio(Portfolio register, DealFilter filter) {
        List<Deal> deals = new ArrayList<>();
        for (Deal deal : deals(register, filter)) {
            deals.add(filter.asOf() == null ? deal : deal.withRevisions(knownOn(deal, filter)));
        }
        Set<String> used = new HashSet<>();
        deals.forEach(d -> {
            used.add(d.buyerId());
            used.add(d.counterpartyId());
        });
        List<Party> parties = register.parties().stream()
                .filter(p -> DealFilter.ALL.equals(filter) || used.contains(p.id())).toList();
        return new Portfolio(register.name(), parties, deals, register.contextSeries());
    }

    /** The register's own deals that pass the filter (its scenario chooses which), in stored order. */
    List<Deal> deals(Portfolio register, DealFilter filter) {
        Set<String> selected = new HashSet<>();
        analysis.select(register, DealSelectionQuery.of(filter)).rows().forEach(v -> selected.add(v.deal().id()));
        // The scenario's register leaves out the deals it does not count (firm: letters of intent, paused deals).
        Set<String> counted = new HashSet<>();
        analysis.register(register, filter).deals().forEach(d -> counted.add(d.id()));
        return register.deals().stream().filter(d -> selected.contains(d.id()) && counted.contains(d.id())).toList();
    }

    private static List<Revision> knownOn(Deal deal, DealFilter filter) {
        return deal.revisions().stream().filter(r -> !r.knownFrom().isAfter(filter.asOf())).toList();
    }
}
