package com.computefolio.testing;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.StoreException;
import com.computefolio.store.VersionConflictException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link PortfolioStore} in memory, for service tests: the same version rules as the SQL store
 * (a new deal is saved with version 0 and comes back as 1; a save must carry the stored version),
 * writes that apply whole or not at all, a count of writes so tests can show that nothing was
 * written, and a switch that makes writes fail as a broken database would.
 */
public final class InMemoryPortfolioStore implements PortfolioStore {

    private final String name;
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, Deal> deals = new LinkedHashMap<>();
    private final Map<String, ContextSeries> series = new LinkedHashMap<>();
    private int writes;
    private String failure;

    public InMemoryPortfolioStore() {
        this("in-memory register");
    }

    public InMemoryPortfolioStore(String name) {
        this.name = name;
    }

    /** A store that already holds the portfolio's parties, deals (at version 1) and series. */
    public static InMemoryPortfolioStore holding(Portfolio portfolio) {
        InMemoryPortfolioStore store = new InMemoryPortfolioStore(portfolio.name() == null ? "in-memory register" : portfolio.name());
        store.importAll(portfolio.parties(), portfolio.deals(), portfolio.contextSeries());
        store.writes = 0;
        return store;
    }

    /** Makes every later write fail with a {@link StoreException} carrying this message. */
    public void failWritesWith(String message) {
        failure = message;
    }

    /** How many writes changed the register. */
    public int writes() {
        return writes;
    }

    @Override
    public synchronized Portfolio load() {
        return new Portfolio(name, List.copyOf(parties.values()), List.copyOf(deals.values()), List.copyOf(series.values()));
    }

    @Override
    public synchronized Optional<Deal> loadDeal(String id) {
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public synchronized long storedVersion(String dealId) {
        Deal deal = deals.get(dealId);
        return deal == null ? -1 : deal.version();
    }

    @Override
    public synchronized Deal saveDeal(Deal deal, boolean force) throws VersionConflictException {
        checkWritable("save deal " + deal.id());
        long stored = storedVersion(deal.id());
        long current = Math.max(stored, 0);
        if (!force && deal.version() != current) {
            throw new VersionConflictException(deal.id(), deal.version(), stored);
        }
        Deal saved = deal.withVersion(current + 1);
        deals.put(deal.id(), saved);
        writes++;
        return saved;
    }

    @Override
    public synchronized void deleteDeal(String id, long expectedVersion) throws VersionConflictException {
        checkWritable("delete deal " + id);
        long stored = storedVersion(id);
        if (stored != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion, stored);
        }
        deals.remove(id);
        writes++;
    }

    @Override
    public synchronized void replaceParty(Party party) {
        checkWritable("replace party " + party.id());
        parties.put(party.id(), party);
        writes++;
    }

    @Override
    public synchronized void saveParty(Party party) {
        checkWritable("save party " + party.id());
        if (parties.putIfAbsent(party.id(), party) == null) {
            writes++;
        }
    }

    @Override
    public synchronized void importAll(List<Party> newParties, List<Deal> newDeals, List<ContextSeries> newSeries) {
        checkWritable("import " + newDeals.size() + " deals");
        Set<String> seen = new HashSet<>();
        for (Deal deal : newDeals) {
            if (!seen.add(deal.id())) {
                throw new IllegalArgumentException("deal " + deal.id() + " appears twice in one import");
            }
        }
        newParties.forEach(p -> parties.putIfAbsent(p.id(), p));
        for (Deal deal : newDeals) {
            deals.put(deal.id(), deal.withVersion(Math.max(storedVersion(deal.id()), 0) + 1));
        }
        newSeries.forEach(s -> series.put(s.id(), s));
        writes++;
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public void backupTo(Path target) {
        throw new UnsupportedOperationException("an in-memory register has no database file to back up");
    }

    @Override
    public void close() {
        // Nothing to release: the register lives only as long as this object.
    }

    private void checkWritable(String what) {
        if (failure != null) {
            throw new StoreException("Could not " + what + " in " + name + ": " + failure);
        }
    }

    /** Deals in insertion order, for assertions. */
    public synchronized List<Deal> deals() {
        return new ArrayList<>(deals.values());
    }

    /** One process holds the register: nobody else can change it. */
    @Override
    public com.computefolio.store.RegisterChanges watchChanges() {
        return new com.computefolio.store.RegisterChanges() {
            @Override
            public void start(Runnable onChange) {
                // Nothing else writes to a register in memory.
            }

            @Override
            public void close() {
                // Nothing was started.
            }
        };
    }
}
