package com.computefolio.service;

import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.util.List;

/**
 * Keeps the {@link DealSearchIndex} of the register seen last: the window asks about the same
 * loaded register on every keystroke and every chart, and an edit or a load brings a new list of
 * deals, which misses the cache and builds a fresh index. Safe for use from several threads.
 */
final class SearchIndexCache {

    /** Immutable, so another thread sees either the whole pair or none. */
    private record Last(List<Party> parties, DealSearchIndex index) {
    }

    private volatile Last last;

    DealSearchIndex indexFor(Portfolio portfolio) {
        Last seen = last;
        // Identity, not equality: comparing 100,000 deals would cost more than it saves.
        if (seen != null && seen.index.deals() == portfolio.deals() && seen.parties == portfolio.parties()) {
            return seen.index;
        }
        DealSearchIndex fresh = DealSearchIndex.of(portfolio);
        last = new Last(portfolio.parties(), fresh);
        return fresh;
    }
}
