package com.computefolio.service;

/**
 * Tells a window that another window, process or user has changed the register, so that it reloads
 * without being asked (the service's face of the store's {@code RegisterChanges}). {@code onChange}
 * runs on the watcher's own thread, at most once per burst of changes; this process's own writes
 * may be reported too, and an open editor tells them apart by the deal's version.
 */
public interface LiveChanges extends AutoCloseable {

    /** A watch that never fires: for a register no one else can write (kept in memory). */
    LiveChanges NONE = new LiveChanges() {
        @Override
        public void start(Runnable onChange) {
            // Nothing else writes to it.
        }

        @Override
        public void close() {
            // Nothing was opened.
        }
    };

    void start(Runnable onChange);

    /** Stops watching; safe to call twice. */
    @Override
    void close();
}
