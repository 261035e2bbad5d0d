package com.computefolio.app;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.ImportPlan;
import com.computefolio.io.TempFiles;
import com.computefolio.io.imports.PortfolioFileReader;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.StorageException;
import com.computefolio.service.ValidationException;
import com.computefolio.service.backup.BackupFolder;
import com.computefolio.service.backup.BackupOnFirstSavePortfolioService;
import com.computefolio.service.backup.DatabaseBackups;
import com.computefolio.service.DealFilter;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ExportService;
import com.computefolio.service.output.OutputKind;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.output.RefusedOutputException;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.text.Texts;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.RefusedWriteException;
import com.computefolio.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: opens one database and wires the concrete store, validator, engine and
 * services together. The window and the command line each make one per run and see only the
 * service interfaces. A database that did not exist before is filled with the curated data
 * bundled in the jar, so a first start shows real deals instead of an empty screen.
 */
public final class AppContext implements AutoCloseable {

    private final Path databaseFile;
    /** What messages call the register: the file's path, or the team database's address. */
    private final String location;
    private final boolean team;
    private final PortfolioStore store;
    private final PortfolioService portfolioService;
    private final AnalysisService analysisService;
    private final ImportResult seeded;
    /** The language exports and reports are written in: the front end's choice (--lang, the window's setting). */
    private final Texts texts;
    private ExportService exportService;

    private AppContext(Path databaseFile, PortfolioStore store, ImportResult seeded, boolean backupBeforeFirstChange,
                       Texts texts) {
        this(databaseFile, databaseFile.toString(), false, store, seeded, backupBeforeFirstChange, texts);
    }

    private AppContext(Path databaseFile, String location, boolean team, PortfolioStore store, ImportResult seeded,
                       boolean backupBeforeFirstChange, Texts texts) {
        this.databaseFile = databaseFile;
        this.location = location;
        this.team = team;
        this.texts = texts;
        this.store = store;
        DealValidator validator = new DealValidator();
        // One analysis service (and so one schedule cache) serves both the window's views and the
        // portfolio service's filtered exports.
        this.analysisService = new DefaultAnalysisService(new ScheduleEngine());
        PortfolioService direct = new DefaultPortfolioService(store, validator, analysisService, new PortfolioFileReader(validator,
                Texts.exportInEveryLanguage()));
        this.seeded = seeded;
        this.portfolioService = backupBeforeFirstChange
                ? new BackupOnFirstSavePortfolioService(direct, () -> databaseBackups().automaticBackup(store, databaseFile))
                : direct;
    }

    /** Opens (creating if needed) the database and, when it is new, seeds it with the bundled curated data. */
    public static AppContext open(Path dbFile) {
        return open(dbFile, CuratedData.bundled());
    }

    /** As {@link #open(Path)}, with exports in the language of the given texts (the command line's --lang). */
    public static AppContext open(Path dbFile, Texts texts) {
        return open(dbFile, CuratedData.bundled(), false, texts);
    }

    /**
     * Opens the register wherever it lives. A file is opened as {@link #open(Path)} (or
     * {@link #openUnseeded(Path)} when {@code empty}); a team database on a server is connected to,
     * its schema made or upgraded, and never seeded: a team fills it with {@code import} or {@code copy}.
     *
     * @param localFile the user's own database file, beside which a team register's user keeps
     *     scenarios and views (a server has no folder) and onto which no output may be written
     */
    public static AppContext open(RegisterLocation location, Path localFile, boolean empty) {
        return open(location, localFile, empty, Texts.choose(Optional.empty()));
    }

    /** As {@link #open(RegisterLocation, Path, boolean)}, with exports in the language of the given texts (--lang). */
    public static AppContext open(RegisterLocation location, Path localFile, boolean empty, Texts texts) {
        if (!location.isTeam()) {
            return empty ? openUnseeded(location.file(), texts) : open(location.file(), texts);
        }
        PortfolioStore store = location.open();
        try {
            return new AppContext(localFile.toAbsolutePath(), location.toString(), true, store, null, false, texts);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens as {@link #open(Path)} for a window session: before the session's first change the
     * database is copied to {@code <db>.backups/computefolio-YYYYMMDD-HHMMSS.db}, and only the newest
     * {@value DatabaseBackups#AUTOMATIC_KEPT} such copies are kept.
     */
    public static AppContext openForWindow(Path dbFile) {
        return open(dbFile, CuratedData.bundled(), true);
    }

    /** Backup and restore of database files, for the {@code backup} and {@code restore} commands. */
    public static DatabaseBackups databaseBackups() {
        return new DatabaseBackups(JdbcPortfolioStore::open, Clock.systemDefaultZone());
    }

    static AppContext open(Path dbFile, CuratedData curatedData) {
        return open(dbFile, curatedData, false);
    }

    /**
     * Temporary files a killed process left beside the database or in its backups folder are deleted
     * first. A database that does not exist yet is made whole (schema and curated data) under a
     * temporary name and only then put in place: a start killed half way leaves no half-made
     * register behind, only a leftover that the next start deletes before it makes the register again.
     */
    private static AppContext open(Path dbFile, CuratedData curatedData, boolean backupBeforeFirstChange) {
        return open(dbFile, curatedData, backupBeforeFirstChange, Texts.choose(Optional.empty()));
    }

    private static AppContext open(Path dbFile, CuratedData curatedData, boolean backupBeforeFirstChange, Texts texts) {
        Path file = dbFile.toAbsolutePath();
        TempFiles.cleanLeftovers(file.getParent());
        TempFiles.cleanLeftovers(BackupFolder.of(file).path());
        ImportResult seeded = isMissingOrEmpty(file) ? new NewRegister(file, curatedData).create().orElse(null) : null;
        PortfolioStore store = Stores.open(file);
        try {
            return new AppContext(file, store, seeded, backupBeforeFirstChange, texts);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens (creating if needed) a database without seeding it: the window's File > New and
     * {@code init --empty} make an empty portfolio; {@link #seeded()} then says "created" with nothing added.
     */
    public static AppContext openUnseeded(Path dbFile) {
        return open(dbFile, (CuratedData) null);
    }

    /** As {@link #openUnseeded(Path)}, with exports in the language of the given texts. */
    public static AppContext openUnseeded(Path dbFile, Texts texts) {
        return open(dbFile, null, false, texts);
    }

    /**
     * Imports one of the {@link Datasets#bundled() bundled datasets} into this register, checked
     * like any file, with the same choices about what the register already has.
     *
     * @throws IllegalArgumentException when no dataset has that name
     */
    public ImportResult importDataset(String name, ImportOptions options) throws ValidationException {
        Datasets.Dataset dataset = Datasets.find(name)
                .orElseThrow(() -> new IllegalArgumentException("no bundled dataset is called " + name));
        return CuratedData.of(dataset).importChecked(portfolioService, options);
    }

    /**
     * Writes a consistent copy of the open database to {@code target}: the window's File > Save As.
     *
     * @throws RefusedOutputException when the target is this database, a working file or a backup of it
     */
    public void backupTo(Path target) {
        outputTargets().check(target, OutputKind.BACKUP);
        try {
            store.backupTo(target);
        } catch (StoreException e) {
            throw new StorageException("cannot write a copy of the database to " + target + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, target), e);
        }
    }

    /**
     * A team register's backup: the whole register as a portfolio JSON file (one consistent snapshot),
     * which {@link #restoreTeam} takes back. A file register is backed up as a copy of its file instead.
     *
     * @return how many deals were written
     */
    public int backupTeam(Path out) {
        requireTeam();
        Portfolio register = readTeam();
        return exportService().writePortfolioJson(register, DealFilter.ALL, out, ExportControl.NONE);
    }

    /**
     * Replaces a team register with a portfolio file (a {@link #backupTeam} or any export) in one
     * transaction. The file is checked first, as an import into an empty register would be; a refused
     * file, or one without deals unless {@code allowEmpty}, changes nothing.
     *
     * @return how many deals the register now holds
     */
    public int restoreTeam(Path file, boolean allowEmpty) throws ValidationException {
        requireTeam();
        ImportPlan plan = new PortfolioFileReader(new DealValidator(), Texts.exportInEveryLanguage()).plan(List.of(file), Portfolio.empty(""));
        if (!plan.ok()) {
            throw new ValidationException(plan.problems());
        }
        if (plan.deals().isEmpty() && !allowEmpty) {
            throw new ValidationException(List.of(Problem.at(file.toString(), ProblemText.say(ProblemKey.TEAM_RESTORE_EMPTY),
                    ProblemText.say(ProblemKey.EXPECT_BACKUP_WITH_DEALS))));

        }
        String name = plan.portfolioName() == null || plan.portfolioName().isBlank() ? readTeam().name() : plan.portfolioName();
        try {
            ((JdbcPortfolioStore) store).replaceRegister(
                    new Portfolio(name, plan.newParties(), plan.deals(), plan.contextSeries()), true);
        } catch (RefusedWriteException e) {
            throw new ValidationException(e.problems());
        } catch (StoreException e) {
            throw new StorageException("cannot restore " + location + " from " + file + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_RESTORE_FROM, location, file), e);
        }
        return plan.deals().size();
    }

    private Portfolio readTeam() {
        try {
            return store.load();
        } catch (StoreException e) {
            throw new StorageException("cannot read " + location + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_READ_FILE, location), e);
        }
    }

    private void requireTeam() {
        if (!team) {
            throw new IllegalStateException(location + " is a file; its backups are copies of the file");
        }
    }

    /** Whether the register is a team database on a server (else a file of this user's). */
    public boolean isTeam() {
        return team;
    }

    /** The file's path, or the team database's address (never with a password), for messages. */
    public String location() {
        return location;
    }

    public PortfolioService portfolioService() {
        return portfolioService;
    }

    public AnalysisService analysisService() {
        return analysisService;
    }

    /** The export service over this context's analysis service, made on first use (loading fonts is not free). */
    public synchronized ExportService exportService() {
        if (exportService == null) {
            exportService = ExportServices.create(analysisService, outputTargets(), Clock.systemDefaultZone(), new ChartText(texts));
        }
        return exportService;
    }

    /** The files no output may be written over: this database, its working files and its backups. */
    public OutputTargets outputTargets() {
        return OutputTargets.of(databaseFile);
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /**
     * What was imported from the curated data when this open created the database (no deals for an
     * empty one); empty when the database was already there.
     */
    public Optional<ImportResult> seeded() {
        return Optional.ofNullable(seeded);
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (StoreException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private static boolean isMissingOrEmpty(Path file) {
        try {
            return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            throw new StorageException("cannot read database " + file + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_READ_FILE, file), e);
        }
    }
}
