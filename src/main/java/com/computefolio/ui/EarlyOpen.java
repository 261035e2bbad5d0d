package com.computefolio.ui;

import com.computefolio.domain.Portfolio;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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

    /** The file being opened, known once the opening thread has chosen it (reading the preferences may be needed). */
    private final CompletableFuture<Path> database;
    private final CompletableFuture<Opened> result;

    private EarlyOpen(CompletableFuture<Path> database, CompletableFuture<Opened> result) {
        this.database = database;
        this.result = result;
    }

    /** Starts opening the database; called once, before the toolkit starts. */
    static void begin(Path database, PortfolioOpener opener) {
        begin(() -> database, opener);
    }

    /**
     * Starts choosing and opening the database on a thread of its own; called once, before the toolkit starts.
     * The choice may read the user's preferences (the last file open), which parses their XML file: done here,
     * it no longer holds up the start of the toolkit (issue 18).
     */
    static synchronized void begin(Supplier<Path> choice, PortfolioOpener opener) {
        CompletableFuture<Path> database = new CompletableFuture<>();
        CompletableFuture<Opened> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Path chosen = choice.get();
                database.complete(chosen);
                PortfolioConnection connection = opener.open(chosen);
                result.complete(new Opened(connection, connection.portfolioService().portfolio()));
            } catch (RuntimeException | Error e) {
                database.complete(null);
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
        // Waits at most for the choice (the preferences read), never for the opening itself.
        return early != null && database.equals(early.database.join()) ? Optional.of(early.result) : Optional.empty();
    }
}
