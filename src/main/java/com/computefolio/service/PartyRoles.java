package com.computefolio.service;

import com.computefolio.domain.Deal;
import java.util.Set;

/**
 * Which side of a deal a party must (or must not) be on. Issue 14: "Microsoft" as a buyer and
 * Microsoft as OpenAI's supplier are different questions, so the roles are asked apart; each set
 * holds party ids and an empty set means "no restriction". All restrictions hold together.
 *
 * @param buyers         the deal's buyer is one of these
 * @param counterparties the deal's counterparty is one of these
 * @param excluded       neither the buyer nor the counterparty is one of these
 */
public record PartyRoles(Set<String> buyers, Set<String> counterparties, Set<String> excluded) {

    public static final PartyRoles NONE = new PartyRoles(Set.of(), Set.of(), Set.of());

    public PartyRoles {
        buyers = buyers == null ? Set.of() : Set.copyOf(buyers);
        counterparties = counterparties == null ? Set.of() : Set.copyOf(counterparties);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    /** True when the roles restrict nothing. */
    public boolean isEmpty() {
        return buyers.isEmpty() && counterparties.isEmpty() && excluded.isEmpty();
    }

    /** Whether the deal's buyer and counterparty stand where these roles ask. */
    public boolean admits(Deal deal) {
        return (buyers.isEmpty() || buyers.contains(deal.buyerId()))
                && (counterparties.isEmpty() || counterparties.contains(deal.counterpartyId()))
                && (excluded.isEmpty() || !excluded.contains(deal.buyerId()) && !excluded.contains(deal.counterpartyId()));
    }
}
