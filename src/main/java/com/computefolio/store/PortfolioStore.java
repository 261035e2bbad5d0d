package com.computefolio.store;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Persistence of one register. Every write is one transaction: it applies whole or not at all.
 * Implementations keep SQL portable; dialect differences live in one {@link SqlDialect} class.
 */
public interface PortfolioStore extends AutoCloseable {

    /** Everything in the register, deals with all their revisions, figures and sources. */
    Portfolio load();

    /**
     * The register as totals and timelines of the deals as they stand now need it, at a fraction of
     * the cost of {@link #load()} on a large register: parties, context series, and every deal with
     * only its latest revision and that revision's value figure (basis, amount, confidence), term,
     * capacity and schedule legs, without sources, estimate ranges, other figures, tags, links,
     * notes, hardware or labels. For reading only: a deal from
     * here must never be saved back. By default the whole register.
     */
    default Portfolio loadForAnalysis() {
        return load();
    }

    Optional<Deal> loadDeal(String id);

    /**
     * The party and deal ids only: enough to check one deal before saving it, without loading a
     * register of 100,000 deals.
     */
    default RegisterKeys keys() {
        Portfolio p = load();
        return new RegisterKeys(p.partiesById().keySet(),
                p.deals().stream().map(Deal::id).collect(java.util.stream.Collectors.toSet()));
    }

    /** The stored version of a deal, or -1 if there is no such deal. */
    long storedVersion(String dealId);

    /**
     * Inserts or replaces a deal with its revisions. Unless {@code force}, the deal's version must
     * equal the stored version (0 for a new deal), else {@link VersionConflictException}.
     * Returns the deal with its new version (stored + 1).
     */
    Deal saveDeal(Deal deal, boolean force) throws VersionConflictException;

    /**
     * As {@link #saveDeal(Deal, boolean)}, after checking the deal against the register's ids inside
     * the same write transaction: a party or linked deal deleted by another program in between cannot
     * slip through. Problems the check returns refuse the save. By default (a store with a single
     * user, in memory) the check simply runs first.
     */
    default Deal saveDeal(Deal deal, boolean force, Function<RegisterKeys, List<Problem>> check)
            throws VersionConflictException, RefusedWriteException {
        List<Problem> problems = check.apply(keys());
        if (!problems.isEmpty()) {
            throw new RefusedWriteException(problems);
        }
        return saveDeal(deal, force);
    }

    void deleteDeal(String id, long expectedVersion) throws VersionConflictException;

    /** Inserts a party; no-op if its id exists. */
    void saveParty(Party party);

    /**
     * Adds parties and context series and inserts or replaces deals, all in one transaction. On any
     * failure the database is left exactly as it was.
     */
    void importAll(List<Party> parties, List<Deal> deals, List<ContextSeries> series);

    /**
     * Runs the import's checks on the register as it stands inside one write transaction and writes
     * what they decided in the same transaction (see {@link CheckedImport}). By default, for a store
     * with a single user, the checks run on {@link #load()} and {@link #importAll} writes.
     */
    default <T, X extends Exception> T importChecked(CheckedImport<T, X> checkedImport) throws X {
        CheckedImport.Planned<T> planned = checkedImport.check(load());
        importAll(planned.parties(), planned.deals(), planned.series());
        planned.replacedParties().forEach(this::replaceParty);
        return planned.result();
    }

    /** Writes a party's name and kind over the stored ones (an import the user told to replace). */
    void replaceParty(Party party);

    /** The schema version of the open database. */
    int schemaVersion();

    /** Writes a consistent copy of the database to the given file (SQLite online backup / VACUUM INTO). */
    void backupTo(Path target);

    /**
     * What the storage engine's own consistency check finds wrong with the stored data (SQLite:
     * {@code PRAGMA integrity_check}); empty when it is sound. A store without a file of its own
     * (kept in memory) has nothing that can be damaged and reports nothing.
     */
    default List<String> integrityProblems() {
        return List.of();
    }

    /**
     * A watcher of other connections' and processes' changes to this register, not yet started; the
     * caller starts and closes it. A team register on PostgreSQL listens for its notifications.
     */
    RegisterChanges watchChanges();

    @Override
    void close();
}
