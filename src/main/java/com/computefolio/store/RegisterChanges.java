package com.computefolio.store;

/**
 * Tells a window that another connection or process has changed the register, so that it can reload
 * without the user asking. SQLite watches the file cheaply; PostgreSQL listens for the notification
 * every write transaction sends on commit. Nothing is said about what changed: callers reload what
 * they show, through the service, and an open editor compares versions.
 */
public interface RegisterChanges extends AutoCloseable {

    /**
     * Starts watching. {@code onChange} runs off the FX thread, on the watcher's own thread, at most once
     * per burst of changes. This process's own writes may be reported too: a reload is harmless, and an
     * open editor tells a colleague's change from its own by the deal's version.
     */
    void start(Runnable onChange);

    /** Stops watching and releases the connection or thread; safe to call twice. */
    @Override
    void close();
}
