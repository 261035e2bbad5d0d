package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.io.ImportPlan;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.TakeBackCheck;
import com.computefolio.io.imports.PortfolioFileReader;
import com.computefolio.store.CheckedImport;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.RefusedWriteException;
import com.computefolio.store.RegisterChanges;
import com.computefolio.store.RegisterKeys;
import com.computefolio.store.StoreException;
import com.computefolio.store.VersionConflictException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The use cases on one register, over a {@link PortfolioStore}. Every change is validated first
 * with the domain's {@link DealValidator}; imports are all or nothing (every file read and checked,
 * then one store transaction); store failures surface as {@link StorageException} naming the database.
 */
public final class DefaultPortfolioService implements PortfolioService {

    private final PortfolioStore store;
    private final DealValidator validator;
    private final AnalysisService analysis;
    private final PortfolioFileReader fileReader;

    public DefaultPortfolioService(PortfolioStore store, DealValidator validator) {
        this(store, validator, new DefaultAnalysisService(new ScheduleEngine()), new PortfolioFileReader(validator));
    }

    public DefaultPortfolioService(PortfolioStore store, DealValidator validator, AnalysisService analysis,
                                   PortfolioFileReader fileReader) {
        this.store = store;
        this.validator = validator;
        this.analysis = analysis;
        this.fileReader = fileReader;
    }

    @Override
    public Portfolio portfolio() {
        return storage(store::load);
    }

    /**
     * Searching text, going back in time or a scenario other than the register as it is needs what
     * the light load leaves out (older revisions, other figures: a scenario chooses among a deal's
     * figures, docs/scenarios.md); everything else does not.
     */
    @Override
    public Portfolio portfolioForAnalysis(DealFilter filter) {
        if (filter.asOf() != null || (filter.text() != null && !filter.text().isBlank()) || !filter.scenario().isIdentity()) {
            return portfolio();
        }
        return storage(store::loadForAnalysis);
    }

    @Override
    public List<Party> parties() {
        return portfolio().parties();
    }

    @Override
    public Optional<Deal> deal(String id) {
        return storage(() -> store.loadDeal(id));
    }

    /**
     * Validates the deal as it would stand in the register: its parties and links resolved against
     * the register's ids (read without loading the deals, so a save stays quick at 100,000 deals),
     * its source ids consistent within the deal. A source edited here updates that source wherever it
     * is cited (the store upserts sources by id). Paths are relative to the deal ({@code revisions[0].value.amount}).
     */
    @Override
    public List<Problem> validate(Deal deal) {
        return problems(deal, storage(store::keys));
    }

    private List<Problem> problems(Deal deal, RegisterKeys keys) {
        Set<String> dealIds = new HashSet<>(keys.dealIds());
        dealIds.add(deal.id());
        List<Problem> problems = new ArrayList<>(validator.validate(deal, keys.partyIds(), dealIds));
        problems.addAll(validator.validateSourceIds(deal));
        return List.copyOf(problems);
    }

    @Override
    public Deal save(Deal deal, AuditNote note) throws ValidationException, ConcurrentEditException {
        try {
            return checkedSave(deal, false, note);
        } catch (VersionConflictException e) {
            throw new ConcurrentEditException(e.dealId(), e.expected(), e.actual());
        }
    }

    @Override
    public Deal overwrite(Deal deal, AuditNote note) throws ValidationException {
        try {
            return checkedSave(deal, true, note);
        } catch (VersionConflictException e) {
            throw new IllegalStateException("a forced save cannot conflict", e);
        }
    }

    /** The deal's checks against the register and its version check run in the save's own write transaction. */
    private Deal checkedSave(Deal deal, boolean force, AuditNote note) throws ValidationException, VersionConflictException {
        try {
            return store.saveDeal(deal, force, keys -> problems(deal, keys), note);
        } catch (RefusedWriteException e) {
            throw new ValidationException(e.problems());
        } catch (StoreException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id, long expectedVersion, AuditNote note) throws ConcurrentEditException {
        try {
            storage(() -> {
                store.deleteDeal(id, expectedVersion, note);
                return null;
            });
        } catch (VersionConflictException e) {
            throw new ConcurrentEditException(e.dealId(), e.expected(), e.actual());
        }
    }

    @Override
    public Party addParty(Party party) {
        storage(() -> {
            store.saveParty(party);
            return null;
        });
        return parties().stream().filter(p -> p.id().equals(party.id())).findFirst().orElse(party);
    }

    /**
     * The files are read first; the checks against the register (ids, sources, revisions taken back)
     * and the counts run inside the import's write transaction, on the register as it is then.
     */
    @Override
    public ImportResult importFiles(List<Path> files, ImportOptions options, AuditNote note, ProgressListener progress)
            throws ValidationException {
        if (files.isEmpty()) {
            throw new ValidationException(noFiles().problems());
        }
        List<ParsedFile> parsed = ImportProgress.readAll(files, fileReader::parse, progress);
        long deals = parsed.stream().mapToLong(file -> file.deals().size()).sum();
        // The files' names, not their folders: the trail says what was imported without a user's directory layout.
        AuditNote withFiles = note.withFile(String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList()));
        progress.progressed(ProgressStep.WRITE_DEALS, 0, deals);
        List<String> names = files.stream().map(Path::toString).toList();
        ImportResult result = storage(() -> store.importChecked(new CheckedImport<ImportResult, ValidationException>() {
            @Override
            public CheckedImport.Planned<ImportResult> check(Portfolio register) throws ValidationException {
                return new ImportDecision(parsed, register, options).decide(names, fileReader);
            }

            // Written while check runs on the other core, kept only if check decides the same (CheckedImport#guess).
            @Override
            public CheckedImport.Planned<ImportResult> guess(Portfolio register) {
                return new ImportDecision(parsed, register, options).guess(fileReader);
            }
        }, withFiles));
        progress.progressed(ProgressStep.WRITE_DEALS, deals, deals);
        return result;
    }

    @Override
    public List<AuditEntry> history(String dealId, int limit) {
        return storage(() -> store.history(dealId, limit));
    }

    @Override
    public List<AuditEntry> latestHistory(int limit) {
        return storage(() -> store.latestHistory(limit));
    }

    @Override
    public List<AuditEntry> auditTrail() {
        return storage(store::auditTrail);
    }

    @Override
    public LiveChanges watchChanges() {
        RegisterChanges changes = storage(store::watchChanges);
        return new LiveChanges() {
            @Override
            public void start(Runnable onChange) {
                storage(() -> {
                    changes.start(onChange);
                    return null;
                });
            }

            @Override
            public void close() {
                changes.close();
            }
        };
    }

    /** What {@link #importFiles(List)} would refuse: the files' problems and the revisions they would take back. */
    @Override
    public List<Problem> validateFiles(List<Path> files) {
        if (files.isEmpty()) {
            return noFiles().problems();
        }
        List<ParsedFile> parsed = fileReader.parseAll(files);
        Portfolio register = portfolio();
        List<Problem> problems = new ArrayList<>(fileReader.check(parsed, register).problems());
        problems.addAll(new TakeBackCheck().check(parsed, register).problems());
        return List.copyOf(problems);
    }

    private static ImportPlan noFiles() {
        return new ImportPlan(List.of(Problem.at(null, ProblemText.say(ProblemKey.NO_FILES_TO_IMPORT),
                ProblemText.say(ProblemKey.EXPECT_FILES_TO_IMPORT))),

                null, List.of(), List.of(), List.of(), 0, 0, 0);
    }

    @FunctionalInterface
    private interface StoreCall<T, E extends Exception> {
        T call() throws E;
    }

    /** Runs a store call; the store's failures (which name the database) become {@link StorageException}s. */
    private static <T, E extends Exception> T storage(StoreCall<T, E> call) throws E {
        try {
            return call.call();
        } catch (StoreException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }
}
