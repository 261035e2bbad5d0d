package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the register on a thread of its own while JavaFX starts (issue 18): starting the toolkit
 * takes about half a second before {@code Application.start} runs, and opening SQLite (its native
 * library), creating a first database from the curated data and reading the register need no
 * JavaFX at all. {@code DesktopApp.launch} begins it; the window's opening task takes the result
 * instead of opening the same file again. Needs nothing of the toolkit: the opener and the
 * preferences are plain Java.
 */
final class EarlyOpen {

    /** The register opened and read, as the window's opening task returns it. */
    record Opened(PortfolioConnection connection, Portfolio portfolio) {
    }

    private static EarlyOpen pending;

    private final Path database;
    private final CompletableFuture<Opened> result;

    private EarlyOpen(Path database, CompletableFuture<Opened> result) {
        this.database = database;
        this.result = result;
    }

    /** Starts opening the database; called once, before the toolkit starts. */
    static synchronized void begin(Path database, PortfolioOpener opener) {
        CompletableFuture<Opened> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                PortfolioConnection connection = opener.open(database);
                result.complete(new Opened(connection, connection.portfolioService().portfolio()));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "open-register-early");
        thread.setDaemon(true);
        thread.start();
        pending = new EarlyOpen(database, result);
    }

    /** The opening begun for this database, once: later calls (File > Open) and other files open afresh. */
    static synchronized Optional<CompletableFuture<Opened>> take(Path database) {
        EarlyOpen early = pending;
        pending = null;
        return early != null && early.database.equals(database) ? Optional.of(early.result) : Optional.empty();
    }
}
