package com.computefolio.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio's main buyer: the party that is the buyer of the most deals; on a tie the one whose
 * first such deal comes first; with no deals the first party; with neither, none. Context series of
 * version 1 files and schema 1 databases describe this party (docs/format.md, "Reading version 1 files").
 */
public final class MainBuyer {

    private MainBuyer() {
    }

    /** @return the party id, or null when there are neither deals nor parties */
    public static String of(List<Deal> deals, List<String> partyIdsInOrder) {
        Map<String, Integer> counts = new HashMap<>();
        deals.forEach(deal -> counts.merge(deal.buyerId(), 1, Integer::sum));
        String best = null;
        int bestCount = 0;
        for (Deal deal : deals) {
            // In deal order and strictly more: on a tie the buyer whose first deal comes first stays.
            int count = counts.get(deal.buyerId());
            if (count > bestCount) {
                best = deal.buyerId();
                bestCount = count;
            }
        }
        if (best != null) {
            return best;
        }
        return partyIdsInOrder.isEmpty() ? null : partyIdsInOrder.get(0);
    }
}
