package com.computefolio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a register by asking its dialect for a change stamp ({@link SqlDialect#changeStamp}) on a
 * connection of its own, every half second, on a daemon thread of its own. The stamp is read, never
 * written, so watching costs one tiny read per poll and takes no lock a writer waits for. A burst of
 * commits between two polls is reported once.
 */
final class PollingRegisterChanges implements RegisterChanges {

    static final Duration INTERVAL = Duration.ofMillis(500);

    private final Path file;
    private final SqlDialect dialect;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private Connection connection;
    private long lastStamp;

    PollingRegisterChanges(Path file, SqlDialect dialect, Duration interval) {
        this.file = file;
        this.dialect = dialect;
        this.interval = interval;
    }

    @Override
    public synchronized void start(Runnable onChange) {
        if (timer != null) {
            throw new IllegalStateException("already watching " + file);
        }
        try {
            connection = dialect.connect(file);
            dialect.configure(connection);
            lastStamp = dialect.changeStamp(connection);
        } catch (SQLException e) {
            closeConnection();
            throw new StoreException("Cannot watch " + file + " for changes: " + e.getMessage(), e);
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "register-watch " + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> poll(onChange), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(Runnable onChange) {
        long stamp;
        synchronized (this) {
            if (connection == null) {
                return;
            }
            try {
                stamp = dialect.changeStamp(connection);
            } catch (SQLException e) {
                // A busy or briefly unreadable file: the next poll asks again; nothing is lost by waiting.
                return;
            }
            if (stamp == lastStamp) {
                return;
            }
            lastStamp = stamp;
        }
        try {
            onChange.run();
        } catch (RuntimeException e) {
            // The listener's failure must not end the watch: the next change tries again.
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing was written on it; the operating system releases it with the process.
            }
            connection = null;
        }
    }
}
