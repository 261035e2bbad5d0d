package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts each dollar and each gigawatt once: an umbrella deal (one that other deals are linked
 * {@link LinkType#PART_OF}) keeps only what its parts do not already cover, never below zero.
 *
 * <p>The rule (docs/decisions/0018-overlaps-counted-once.md, with a worked example):
 * <ul>
 *   <li>On each date, the umbrella's counted money is its headline total minus the headline totals
 *       of its parts that are live (not cancelled or superseded), known on that date, in the same
 *       direction and currency; floored at zero. Capacity likewise, whatever the parts' direction.
 *       Undisclosed parts take nothing off; an undisclosed umbrella keeps no money to net.</li>
 *   <li>The remainder keeps the umbrella's own placement in time: its term (or legs, scaled in
 *       proportion), so the "not yet allocated" part runs over the umbrella's own schedule.</li>
 *   <li>Parts count at their gross value even if they are umbrellas themselves, so nesting
 *       adds up to the outermost umbrella's total, never more.</li>
 *   <li>As-of views stay right: the umbrella gets a revision on every date one of its parts
 *       changed, so "as known on X" nets against the parts as known on X.</li>
 * </ul>
 * A pure transform of the register: nothing is stored, and a register without PART_OF links is
 * returned as the very same object.
 */
final class OverlapNetting {

    private OverlapNetting() {
    }

    /** The register with its umbrellas netted, and what was netted. */
    static NettedRegister apply(Portfolio register) {
        Map<String, Set<String>> partIdsByUmbrella = new LinkedHashMap<>();
        for (Deal deal : register.deals()) {
            for (DealLink link : deal.links()) {
                if (link.type() == LinkType.PART_OF && !link.targetDealId().equals(deal.id())) {
                    partIdsByUmbrella.computeIfAbsent(link.targetDealId(), k -> new LinkedHashSet<>()).add(deal.id());
                }
            }
        }
        if (partIdsByUmbrella.isEmpty()) {
            return NettedRegister.unchanged(register);
        }
        Map<String, Deal> byId = new LinkedHashMap<>();
        register.deals().forEach(d -> byId.putIfAbsent(d.id(), d));
        Map<String, NettingUmbrella> umbrellas = new LinkedHashMap<>();
        Set<Revision> nettedRevisions = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Deal> deals = new ArrayList<>(register.deals().size());
        for (Deal deal : register.deals()) {
            Set<String> partIds = partIdsByUmbrella.get(deal.id());
            if (partIds == null) {
                deals.add(deal);
                continue;
            }
            NettingUmbrella umbrella = new NettingUmbrella(deal, partIds.stream().map(byId::get).filter(p -> p != null).toList());
            umbrellas.put(deal.id(), umbrella);
            deals.add(umbrella.netted(nettedRevisions));
        }
        Portfolio netted = new Portfolio(register.name(), register.parties(), deals, register.contextSeries());
        return new NettedRegister(netted, umbrellas, nettedRevisions);
    }
}
