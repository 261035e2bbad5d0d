package com.computefolio.store;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the notification every write transaction sends before it
 * commits (PostgresDialect.beforeCommit), and tells the window once per burst. A lost
 * connection is opened again; since notifications sent meanwhile are lost, the reconnection itself
 * counts as a change (a reload is harmless, a missed one is not).
 */
public final class PostgresRegisterChanges implements RegisterChanges {

    /** The channel every write transaction notifies (PostgresDialect.beforeCommit). */
    public static final String CHANNEL = "computefolio_changes";
    private static final String LISTEN = "LISTEN " + CHANNEL;
    /** How long one wait for notifications blocks; also how soon close() is noticed. */
    private static final int POLL_MILLIS = 250;
    /** Notifications arriving this soon after one belong to the same burst (an import, a save with its undo). */
    private static final int BURST_MILLIS = 100;
    private static final long RECONNECT_PAUSE_MILLIS = 2000;

    /** Opens a new connection to the register's database. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String database;
    private volatile boolean closed;
    private Thread thread;
    private Connection connection;

    /** @param database what messages call the database (its address, never a password) */
    public PostgresRegisterChanges(Connector connector, String database) {
        this.connector = connector;
        this.database = database;
    }

    /** Listens before returning, so a change committed after start() is always reported. */
    @Override
    public synchronized void start(Runnable onChange) {
        if (thread != null) {
            throw new IllegalStateException("already watching");
        }
        try {
            connection = listen();
        } catch (SQLException e) {
            throw new StoreException("Cannot listen for changes to " + database + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_WATCH, database), e);
        }
        thread = new Thread(() -> watch(onChange), "computefolio-register-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private Connection listen() throws SQLException {
        Connection c = connector.connect();
        try (PreparedStatement listen = c.prepareStatement(LISTEN)) {
            listen.execute();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void watch(Runnable onChange) {
        while (!closed) {
            try {
                PGNotification[] heard = current().unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (heard != null && heard.length > 0) {
                    // Let the rest of the burst arrive, then report it once.
                    while (!closed) {
                        PGNotification[] more = current().unwrap(PGConnection.class).getNotifications(BURST_MILLIS);
                        if (more == null || more.length == 0) {
                            break;
                        }
                    }
                    report(onChange);
                }
            } catch (SQLException e) {
                if (!closed && reconnect()) {
                    report(onChange);
                }
            }
        }
    }

    private boolean reconnect() {
        closeConnection();
        while (!closed) {
            try {
                Thread.sleep(RECONNECT_PAUSE_MILLIS);
                Connection fresh = listen();
                synchronized (this) {
                    connection = fresh;
                }
                return true;
            } catch (SQLException e) {
                // The server is still away; try again after the pause.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void report(Runnable onChange) {
        if (!closed) {
            try {
                onChange.run();
            } catch (RuntimeException e) {
                // The window's reload failed; the next change tries again, and watching must go on.
            }
        }
    }

    private synchronized Connection current() throws SQLException {
        if (connection == null) {
            throw new SQLException("not connected");
        }
        return connection;
    }

    @Override
    public void close() {
        closed = true;
        Thread watching;
        synchronized (this) {
            watching = thread;
        }
        if (watching != null && watching != Thread.currentThread()) {
            try {
                watching.join(POLL_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeConnection();
    }

    private synchronized void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing a broken connection: nothing more to release.
            }
            connection = null;
        }
    }
}
