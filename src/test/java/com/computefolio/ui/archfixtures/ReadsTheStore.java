package com.computefolio.ui.archfixtures;

import com.computefolio.store.PortfolioStore;

/** Breaks the window's allow-list on purpose (ArchitectureRulesTest): a view that skips the service layer. */
public final class ReadsTheStore {
    private PortfolioStore store;

    public PortfolioStore store() {
        return store;
    }
}
