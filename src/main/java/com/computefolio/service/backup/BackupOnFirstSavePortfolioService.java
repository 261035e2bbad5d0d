package com.computefolio.service.backup;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.LiveChanges;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.ProgressListener;
import com.computefolio.service.StorageException;
import com.computefolio.service.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's portfolio service: before the first change of a session (save, overwrite, delete,
 * new party, import) the database is copied as it was, so that whatever the session does can be
 * undone by restoring that copy. Reads and exports pass straight through. If the copy cannot be
 * made, the change is refused (nothing is written) and the next change tries the copy again: a
 * session never changes a register it could not back up.
 */
public final class BackupOnFirstSavePortfolioService implements PortfolioService {

    /** Makes one copy of the database and says where it went. */
    @FunctionalInterface
    public interface BackupAction {
        Path backUp();
    }

    private final PortfolioService delegate;
    private final BackupAction backup;
    private final Object lock = new Object();
    private Path sessionBackup;

    public BackupOnFirstSavePortfolioService(PortfolioService delegate, BackupAction backup) {
        this.delegate = delegate;
        this.backup = backup;
    }

    /** The copy made for this session, once the first change has happened. */
    public Optional<Path> sessionBackup() {
        synchronized (lock) {
            return Optional.ofNullable(sessionBackup);
        }
    }

    @Override
    public Portfolio portfolio() {
        return delegate.portfolio();
    }

    @Override
    public List<Party> parties() {
        return delegate.parties();
    }

    @Override
    public Optional<Deal> deal(String id) {
        return delegate.deal(id);
    }

    @Override
    public List<Problem> validate(Deal deal) {
        return delegate.validate(deal);
    }

    @Override
    public Deal save(Deal deal, AuditNote note) throws ValidationException, ConcurrentEditException {
        backUpOnce();
        return delegate.save(deal, note);
    }

    @Override
    public Deal overwrite(Deal deal, AuditNote note) throws ValidationException {
        backUpOnce();
        return delegate.overwrite(deal, note);
    }

    @Override
    public void delete(String id, long expectedVersion, AuditNote note) throws ConcurrentEditException {
        backUpOnce();
        delegate.delete(id, expectedVersion, note);
    }

    @Override
    public List<AuditEntry> history(String dealId, int limit) {
        return delegate.history(dealId, limit);
    }

    @Override
    public List<AuditEntry> latestHistory(int limit) {
        return delegate.latestHistory(limit);
    }

    @Override
    public List<AuditEntry> auditTrail() {
        return delegate.auditTrail();
    }

    @Override
    public LiveChanges watchChanges() {
        return delegate.watchChanges();
    }

    @Override
    public Party addParty(Party party) {
        backUpOnce();
        return delegate.addParty(party);
    }

    @Override
    public ImportResult importFiles(List<Path> files, ImportOptions options, AuditNote note, ProgressListener progress)
            throws ValidationException {
        backUpOnce();
        return delegate.importFiles(files, options, note, progress);
    }

    @Override
    public List<Problem> validateFiles(List<Path> files) {
        return delegate.validateFiles(files);
    }

    private void backUpOnce() {
        synchronized (lock) {
            if (sessionBackup != null) {
                return;
            }
            try {
                sessionBackup = backup.backUp();
            } catch (StorageException e) {
                throw new StorageException("Could not make the session's backup before the first change, so nothing"
                        + " was saved: " + e.getMessage(), e);
            }
        }
    }
}
