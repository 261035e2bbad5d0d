package com.computefolio.store;

import java.util.Set;

/** The ids of the parties and deals in a register: what a single deal's links and parties must resolve to. */
public record RegisterKeys(Set<String> partyIds, Set<String> dealIds) {
    public RegisterKeys {
        partyIds = Set.copyOf(partyIds);
        dealIds = Set.copyOf(dealIds);
    }
}
