package com.computefolio.store;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

/**
 * One open database (a file, or a team database on a server) and its single connection. A desktop
 * register has one user per process, so one connection is enough; every use of it is serialised here,
 * and every unit of work runs in one transaction that commits whole or rolls back whole.
 */
public final class Database implements AutoCloseable {

    /** A unit of work on the connection; may throw one checked exception of its own. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run(Connection connection) throws SQLException, X;
    }

    /** Pause before trying again a transaction that found the database busy without waiting for it. */
    private static final long BUSY_PAUSE_MILLIS = 25;

    /** The file, or null for a database on a server. */
    private final Path file;
    /** What messages call the database: the file's path or the server address (never a password). */
    private final String name;
    private final SqlDialect dialect;
    private final Connection connection;
    private final Object lock = new Object();

    /** Wraps an open, configured connection (tests); see {@link #open} for the usual way in. */
    public Database(Path file, SqlDialect dialect, Connection connection) {
        this(file.toAbsolutePath(), file.toAbsolutePath().toString(), dialect, connection);
    }

    private Database(Path file, String name, SqlDialect dialect, Connection connection) {
        this.file = file;
        this.name = name;
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Connects to a team database on a PostgreSQL server. A refused login or an unreachable server is
     * reported with the address (host, port, database, user), never with the password.
     */
    public static Database connect(PostgresDialect dialect) {
        String name = dialect.address().toString();
        Connection connection = null;
        try {
            connection = dialect.connect();
            dialect.configure(connection);
            return new Database(null, name, dialect, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            String why = dialect.isLoginRefused(e)
                    ? "the server refused the login of " + dialect.address().user()
                            + " (check the password in PGPASSWORD or the pgpass file, or the server's pg_hba.conf)"
                    : e.getMessage();
            throw new StoreException("Cannot connect to " + name + ": " + why, ProblemText.say(ProblemKey.CANNOT_CONNECT, name), e);
        }
    }

    /** Opens (creating it and its folders if needed) the database file and applies the dialect's settings. */
    public static Database open(Path file, SqlDialect dialect) {
        Path absolute = file.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + absolute + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_CREATE_FOLDER_FOR, absolute), e);
        }
        Connection connection = null;
        try {
            connection = dialect.connect(absolute);
            dialect.configure(connection);
            return new Database(absolute, dialect, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (dialect.isNotADatabase(e)) {
                throw new StoreException(absolute + " is not a Computefolio database: it is not a SQLite file, or it is damaged",
                        ProblemText.say(ProblemKey.FAILURE_WITH_REASON, ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, absolute),
                                ProblemText.say(ProblemKey.REASON_NOT_A_DATABASE)), e);
            }
            throw new StoreException("Cannot open " + absolute + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, absolute), e);
        }
    }

    /** The database file; null for a database on a server (see {@link #isFile()}). */
    public Path file() {
        return file;
    }

    /** Whether the database is a file of its own (SQLite) rather than one on a server. */
    public boolean isFile() {
        return file != null;
    }

    /** The file's path or the server address, for messages; never holds a password. */
    public String name() {
        return name;
    }
    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * Runs the work in one transaction: committed if it returns, rolled back if it throws. A
     * transaction that found the database busy is tried again until the dialect's busy timeout has
     * passed, which is safe because the failed attempt was rolled back. SQLite itself waits out a
     * busy database only when a transaction starts by writing; one that reads first (a save checks
     * the stored version) and then wants to write while another connection writes is refused at
     * once, so without these retries a save in the window would fail whenever the command line
     * happened to be importing.
     *
     * @param what what the work does, for the error message ("save deal x")
     */
    public <T, X extends Exception> T inTransaction(String what, Work<T, X> work) throws X {
        synchronized (lock) {
            long deadline = System.nanoTime() + dialect.busyTimeout().toNanos();
            while (true) {
                try {
                    return runOnce(work);
                } catch (SQLException e) {
                    if (!dialect.isBusy(e) || System.nanoTime() - deadline >= 0) {
                        throw failure(what, e);
                    }
                    pauseBeforeRetry(what, e);
                }
            }
        }
    }

    /**
     * Runs the work in one transaction that holds the write lock from its start
     * ({@link SqlDialect#beginWrite}): whatever it reads is still true when it writes, because no other
     * connection can commit in between. Every check that depends on what is stored (a deal's version,
     * the ids and sources an import must agree with) belongs in here with its write. Waits for another
     * writer up to the dialect's busy timeout.
     */
    public <T, X extends Exception> T inWriteTransaction(String what, Work<T, X> work) throws X {
        return inWriteTransaction(what, dialect.busyTimeout(), work);
    }

    /**
     * As {@link #inWriteTransaction(String, Work)}, waiting up to {@code patience} for other writers
     * (an import may wait for another import of 20,000 deals to commit).
     */
    public <T, X extends Exception> T inWriteTransaction(String what, Duration patience, Work<T, X> work) throws X {
        synchronized (lock) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                try {
                    return runOnceWriting(work);
                } catch (SQLException e) {
                    if (!dialect.isBusy(e) || System.nanoTime() - deadline >= 0) {
                        throw failure(what, e);
                    }
                    pauseBeforeRetry(what, e);
                }
            }
        }
    }

    /**
     * Applies the dialect's settings that change the file (SQLite: write-ahead logging); called once
     * the schema has been accepted, so that a refused database is left exactly as it was.
     */
    public void prepareForWrites() {
        withoutTransaction("prepare the database for writing", c -> {
            dialect.prepareForWrites(c);
            return null;
        });
    }

    /** Runs work outside any transaction (statements such as VACUUM that refuse to run in one). */
    public <T> T withoutTransaction(String what, Work<T, RuntimeException> work) {
        synchronized (lock) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(what, e);
            }
        }
    }

    /**
     * Writes a consistent copy of the database to target, replacing it only once the copy is
     * complete and on disk, so a failed backup never destroys an earlier one.
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            // The name io.TempFiles gives temporaries (it says which process made it), so that a start
            // after this process was killed mid-copy recognises the leftover and deletes it.
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + UUID.randomUUID() + ".tmp");
            try {
                withoutTransaction("back up to " + absolute, c -> {
                    dialect.backup(c, temp);
                    return null;
                });
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot back up " + name + " to " + absolute + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_BACK_UP_TO, name, absolute), e);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Cannot close " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private <T, X extends Exception> T runOnce(Work<T, X> work) throws SQLException, X {
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly();
            }
            connection.setAutoCommit(true);
        }
    }

    /** Auto-commit stays on: the dialect's BEGIN opens the transaction, COMMIT or ROLLBACK ends it. */
    private <T, X extends Exception> T runOnceWriting(Work<T, X> work) throws SQLException, X {
        boolean committed = false;
        try {
            // Inside the try: a BEGIN that fails half way (PostgreSQL: the lock not taken in time,
            // after BEGIN itself) leaves a transaction open that only the ROLLBACK below ends.
            dialect.beginWrite(connection);
            T result = work.run(connection);
            dialect.beforeCommit(connection);
            execute("COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                try {
                    execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // SQLite rolls back by itself after some failures (a full disk); there is nothing
                    // left to roll back then, and the original failure is what the caller must see.
                }
            }
        }
    }

    /** COMMIT or ROLLBACK: constant text, prepared like every other statement outside the dialect. */
    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private void pauseBeforeRetry(String what, SQLException busy) {
        try {
            Thread.sleep(BUSY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(what, busy);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see; a failed rollback leaves the
            // transaction to be discarded when the connection closes, which SQLite does atomically.
        }
    }

    private StoreException failure(String what, SQLException e) {
        if (dialect.isPermissionDenied(e)) {
            return new ReadOnlyAccessException(what, name, dialect.loginName(), e);
        }
        if (dialect.isDiskFull(e) || (file != null && DiskSpace.isNearlyFull(file))) {
            return new StoreException("Could not " + what + " in " + name + ": the disk is full (no space left for"
                    + " the database); nothing was written. Free some space and try again.", because(ProblemKey.REASON_DISK_FULL), e);
        }
        if (dialect.isBusy(e)) {
            return new StoreException("Could not " + what + " in " + name
                    + ": the database is busy (another Computefolio or tool is writing to it); try again",
                    because(ProblemKey.REASON_DATABASE_BUSY), e);
        }
        return new StoreException("Could not " + what + " in " + name + ": " + e.getMessage(),
                ProblemText.say(ProblemKey.CANNOT_USE_DATABASE, name), e);
    }

    /** What failed with the reason already known: the cause adds nothing a reader needs. */
    private ProblemText because(ProblemKey reason) {
        return ProblemText.say(ProblemKey.FAILURE_WITH_REASON, ProblemText.say(ProblemKey.CANNOT_USE_DATABASE, name),
                ProblemText.say(reason));
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a clearer error.
        }
    }
}
