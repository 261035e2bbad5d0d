package com.computefolio.store;

/**
 * A watcher that never reports a change: what a SQLite store returns until the live-updates work's
 * file watcher replaces it at merge (docs/team.md). Team registers use {@link PostgresRegisterChanges}.
 */
final class SilentRegisterChanges implements RegisterChanges {

    @Override
    public void start(Runnable onChange) {
        // Nothing to watch: a single-user file.
    }

    @Override
    public void close() {
        // Nothing was started.
    }
}
