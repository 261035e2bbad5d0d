package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The use cases on one register (one database). The only door the window and the command line use
 * to read and change deals.
 */
public interface PortfolioService {

    /** The whole register as it is in the database now. */
    Portfolio portfolio();

    /**
     * A register sufficient to analyse (total, chart as a timeline) the deals the filter selects, as
     * cheaply as the store can give it: without an as-of date or search text only the latest
     * revision of each deal with what totals and timelines read (no sources, notes or older
     * revisions) is needed. For reading only: never save a deal from it. By default {@link #portfolio()}.
     */
    default Portfolio portfolioForAnalysis(DealFilter filter) {
        return portfolio();
    }

    List<Party> parties();

    Optional<Deal> deal(String id);

    /** Problems that would stop this deal from being saved (empty when it is valid). */
    List<Problem> validate(Deal deal);

    /**
     * Saves a new or changed deal in one transaction. The deal's version must equal the stored one
     * (0 for a new deal); the returned deal carries the new version.
     */
    default Deal save(Deal deal) throws ValidationException, ConcurrentEditException {
        return save(deal, AuditNote.NONE);
    }

    /** As {@link #save(Deal)}, recorded in the audit trail with the note's reason in the same transaction. */
    Deal save(Deal deal, AuditNote note) throws ValidationException, ConcurrentEditException;

    /** Saves over whatever is stored, after the user chose "overwrite" on a conflict. */
    default Deal overwrite(Deal deal) throws ValidationException {
        return overwrite(deal, AuditNote.NONE);
    }

    Deal overwrite(Deal deal, AuditNote note) throws ValidationException;

    default void delete(String id, long expectedVersion) throws ConcurrentEditException {
        delete(id, expectedVersion, AuditNote.NONE);
    }

    void delete(String id, long expectedVersion, AuditNote note) throws ConcurrentEditException;

    /** The deal's newest {@code limit} audit entries, newest first (who, when, why, the fields changed). */
    List<AuditEntry> history(String dealId, int limit);

    /** The register's newest {@code limit} audit entries, newest first. */
    List<AuditEntry> latestHistory(int limit);

    /** The whole audit trail, oldest first (the JSON export's {@code audit}). */
    List<AuditEntry> auditTrail();

    /** A watch for other windows', processes' and users' changes; the caller starts and closes it. */
    LiveChanges watchChanges();

    /** Adds a party unless one with the same id exists. */
    Party addParty(Party party);

    /**
     * Imports JSON or CSV files (by extension), all or nothing: every problem in every file is
     * reported and nothing is written unless all are valid. Deals with an existing id are replaced,
     * unless that would take back revisions the register has of them: then the import is refused
     * with a {@link TakeBackException} naming those deals.
     */
    default ImportResult importFiles(List<Path> files) throws ValidationException {
        return importFiles(files, false);
    }

    /**
     * As {@link #importFiles(List)}; with {@code takeBack} the files' deals replace the stored ones
     * even where the stored deals have revisions the files lack (the user confirmed it). The files
     * are checked against the register inside the import's own write transaction, so the counts
     * reported are what was written even when another program imports at the same moment.
     */
    default ImportResult importFiles(List<Path> files, boolean takeBack) throws ValidationException {
        return importFiles(files, ImportOptions.takingBack(takeBack));
    }

    /** As {@link #importFiles(List, boolean)}, with every choice about what the register has spelled out. */
    default ImportResult importFiles(List<Path> files, ImportOptions options) throws ValidationException {
        return importFiles(files, options, AuditNote.NONE);
    }

    /**
     * As {@link #importFiles(List, ImportOptions)}, recording one audit entry per deal added or
     * replaced, with the note's reason and the files' names, in the import's transaction.
     */
    default ImportResult importFiles(List<Path> files, ImportOptions options, AuditNote note) throws ValidationException {
        return importFiles(files, options, note, ProgressListener.NONE);
    }

    /**
     * As {@link #importFiles(List, ImportOptions)}, telling {@code progress} how far it has come: the
     * files read ({@link ProgressStep#READ_FILES}, in bytes), then the deals checked and written
     * ({@link ProgressStep#WRITE_DEALS}). An implementation that cannot follow its own progress
     * imports all the same and tells nothing.
     */
    default ImportResult importFiles(List<Path> files, ImportOptions options, ProgressListener progress)
            throws ValidationException {
        return importFiles(files, options, AuditNote.NONE, progress);
    }

    /** The one import every other overload comes to: audit note and progress both. */
    ImportResult importFiles(List<Path> files, ImportOptions options, AuditNote note, ProgressListener progress)
            throws ValidationException;

    /** Checks files as {@link #importFiles} would, without writing anything. */
    List<Problem> validateFiles(List<Path> files);
}
