package com.computefolio.store;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a register by reading a change stamp (the dialect's {@link SqlDialect#changeStamp}) on a
 * connection of its own, every half second, on a daemon thread of its own. The stamp is read, never
 * written, so watching costs one tiny read per poll and takes no lock a writer waits for. A burst of
 * commits between two polls is reported once.
 */
final class PollingRegisterChanges implements RegisterChanges {

    static final Duration INTERVAL = Duration.ofMillis(500);

    /** Opens the watcher's own connection. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** Reads the stamp on the watcher's connection. */
    @FunctionalInterface
    interface Stamp {
        long read(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connector connector;
    private final Stamp stamp;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private Connection connection;
    private long lastStamp;

    PollingRegisterChanges(Path file, Connector connector, Stamp stamp, Duration interval) {
        this.file = file;
        this.connector = connector;
        this.stamp = stamp;
        this.interval = interval;
    }

    @Override
    public synchronized void start(Runnable onChange) {
        if (timer != null) {
            throw new IllegalStateException("already watching " + file);
        }
        try {
            connection = connector.connect();
            lastStamp = stamp.read(connection);
        } catch (SQLException e) {
            closeConnection();
            throw new StoreException("Cannot watch " + file + " for changes: " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_WATCH, file), e);
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "register-watch " + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> poll(onChange), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(Runnable onChange) {
        synchronized (this) {
            if (connection == null) {
                return;
            }
            long now;
            try {
                now = stamp.read(connection);
            } catch (SQLException e) {
                // A busy or briefly unreadable file: the next poll asks again; nothing is lost by waiting.
                return;
            }
            if (now == lastStamp) {
                return;
            }
            lastStamp = now;
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
