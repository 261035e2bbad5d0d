package com.computefolio.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A party in a role of a deal besides buyer and counterparty (ADR 19).
 *
 * @param amount  the amount guaranteed (guarantors only), or null when undisclosed
 * @param share   the percentage owned or invested (co-investors and joint-venture owners), exact, or null
 * @param sources where the role is stated; may be empty
 */
public record DealRole(PartyRole role, String partyId, Money amount, BigDecimal share, List<Source> sources, String label) {
    public DealRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(partyId, "partyId");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    public DealRole withSources(List<Source> newSources) {
        return new DealRole(role, partyId, amount, share, newSources, label);
    }
}
