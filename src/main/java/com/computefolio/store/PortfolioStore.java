package com.computefolio.store;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
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

    /**
     * As {@link #saveDeal(Deal, boolean, Function)}, recording the save in the audit trail (who, when,
     * the fields it changed, the note's reason) in the same transaction. By default (a store without
     * an audit trail) the note is dropped.
     */
    default Deal saveDeal(Deal deal, boolean force, Function<RegisterKeys, List<Problem>> check, AuditNote note)
            throws VersionConflictException, RefusedWriteException {
        return saveDeal(deal, force, check);
    }

    void deleteDeal(String id, long expectedVersion) throws VersionConflictException;

    /** As {@link #deleteDeal(String, long)}, recording the deletion (every field the deal had) in the audit trail. */
    default void deleteDeal(String id, long expectedVersion, AuditNote note) throws VersionConflictException {
        deleteDeal(id, expectedVersion);
    }

    /** The deal's newest {@code limit} audit entries, newest first; a deleted deal's too. */
    default List<AuditEntry> history(String dealId, int limit) {
        return List.of();
    }

    /** The register's newest {@code limit} audit entries, newest first. */
    default List<AuditEntry> latestHistory(int limit) {
        return List.of();
    }

    /** The whole audit trail, oldest first (for the JSON export). */
    default List<AuditEntry> auditTrail() {
        return List.of();
    }

    /**
     * A watch for other connections' changes to the register (see {@link RegisterChanges}); the
     * caller closes it. By default (a store no one else can write) one that never fires.
     */
    default RegisterChanges watchChanges() {
        return new RegisterChanges() {
            @Override
            public void start(Runnable onChange) {
                // Nothing else writes to this store.
            }

            @Override
            public void close() {
                // Nothing was opened.
            }
        };
    }

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

    /**
     * As {@link #importChecked(CheckedImport)}, recording one audit entry per deal added or replaced,
     * with the note's reason and file names, in the import's transaction.
     */
    default <T, X extends Exception> T importChecked(CheckedImport<T, X> checkedImport, AuditNote note) throws X {
        return importChecked(checkedImport);
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

    @Override
    void close();
}
