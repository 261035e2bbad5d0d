package com.computefolio.service.article;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the article says about one pair of parties that has a figure of its own: the sentence with the figure
 * (the anchor: a value, else a capacity) and every other sentence that names the pair, read in that order for the
 * other fields.
 */
final class DealDraft {
    final String buyer;
    final String counterparty;
    final com.computefolio.domain.DealKind kind;
    final SentenceFacts anchor;
    final Hit<StatedMoney> value;
    final Hit<BigDecimal> capacity;
    final List<SentenceFacts> others = new ArrayList<>();

    /** @param kind the kind the words nearest the figure give, or null */
    DealDraft(String buyer, String counterparty, com.computefolio.domain.DealKind kind, SentenceFacts anchor, Hit<StatedMoney> value,
              Hit<BigDecimal> capacity) {
        this.buyer = buyer;
        this.counterparty = counterparty;
        this.kind = kind;
        this.anchor = anchor;
        this.value = value;
        this.capacity = capacity;
    }

    static String key(String buyer, String counterparty) {
        return buyer + "\u0000" + counterparty;
    }

    /** The anchor first, then the other sentences in the article's order. */
    List<SentenceFacts> sentences() {
        List<SentenceFacts> all = new ArrayList<>();
        all.add(anchor);
        others.stream().filter(s -> s.index() != anchor.index()).forEach(all::add);
        return all;
    }

    void add(SentenceFacts sentence) {
        if (sentence.index() != anchor.index() && others.stream().noneMatch(s -> s.index() == sentence.index())) {
            others.add(sentence);
        }
    }

    /** The hit that decides which cue is nearest in the anchor: the value, else the capacity, else none. */
    Hit<?> anchorHit() {
        return value != null ? value : capacity;
    }
}
