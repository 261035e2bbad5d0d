package com.computefolio.service.article;

import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who buys and who sells among the parties a sentence names. The register's own habit decides: an AI lab is the
 * buyer (also of an investment made in it), a hyperscaler buys from a neocloud or a data-centre developer, a
 * neocloud from a developer. When a sentence names only sellers ("chipmakers Nvidia, AMD and Broadcom") the buyer
 * is the article's subject: the AI lab it names most.
 */
final class PartyRoles {

    /** A buyer and the counterparties a sentence names beside it. */
    record Roles(String buyer, List<String> counterparties) {
    }

    private final PartyFinder finder;
    private final String subject;

    PartyRoles(PartyFinder finder, Collection<SentenceFacts> sentences) {
        this.finder = finder;
        Map<String, Integer> counts = new HashMap<>();
        for (SentenceFacts s : sentences) {
            for (Hit<String> h : s.parties()) {
                if (rank(h.value()) == 0) {
                    counts.merge(h.value(), 1, Integer::sum);
                }
            }
        }
        this.subject = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    String subject() {
        return subject;
    }

    /** The roles in a sentence naming these parties (in order), or null when no buyer can be told. */
    Roles of(List<String> named) {
        if (named.isEmpty()) {
            return null;
        }
        int best = named.stream().mapToInt(this::rank).min().orElseThrow();
        long atBest = named.stream().filter(id -> rank(id) == best).count();
        String buyer;
        if (named.size() >= 2 && atBest == 1) {
            buyer = named.stream().filter(id -> rank(id) == best).findFirst().orElseThrow();
        } else if (subject != null && !named.contains(subject)) {
            buyer = subject;
        } else if (named.size() >= 2 && best == 0) {
            buyer = subject != null && named.contains(subject) ? subject : named.get(0);
        } else {
            return null;
        }
        List<String> others = new ArrayList<>(named);
        others.remove(buyer);
        return others.isEmpty() ? null : new Roles(buyer, others);
    }

    private int rank(String id) {
        Party p = finder.party(id);
        PartyKind kind = p == null ? PartyKind.OTHER : p.kind();
        return switch (kind) {
            case AI_LAB -> 0;
            case HYPERSCALER_CLOUD -> 1;
            case NEOCLOUD -> 2;
            default -> 3;
        };
    }
}
