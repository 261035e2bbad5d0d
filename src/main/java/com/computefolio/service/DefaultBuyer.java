package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whom a new deal is bought by until the user says otherwise (issue 14: the window assumed
 * OpenAI). The buyer the user is looking at, when the filter names exactly one; else the register's
 * most common buyer (ties to the smaller id, so the answer does not depend on the deals' order);
 * nothing for an empty register.
 */
public final class DefaultBuyer {

    private DefaultBuyer() {
    }

    public static Optional<String> of(Portfolio portfolio, DealFilter filter) {
        if (filter.roles().buyers().size() == 1) {
            String only = filter.roles().buyers().iterator().next();
            if (portfolio.partiesById().containsKey(only)) {
                return Optional.of(only);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Deal deal : portfolio.deals()) {
            counts.merge(deal.buyerId(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
