package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.StorageException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.Migrations;
import com.computefolio.store.SqliteDialect;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program (a second window, the command line, the sqlite3 shell) holding the write lock:
 * a save waits for it (the busy timeout) and then goes through; if the lock is held longer than
 * that, the save fails with a storage error that says the database is busy, and writes nothing.
 */
class BusyDatabaseTest {

    @TempDir
    Path dir;

    private Path file;
    private Connection otherProgram;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeEach
    void createRegisterAndAnotherConnection() throws SQLException {
        file = dir.resolve("shared.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
        }
        SqliteDialect sqlite = new SqliteDialect();
        otherProgram = sqlite.connect(file);
        sqlite.configure(otherProgram);
    }

    @AfterEach
    void closeEverything() throws SQLException {
        executor.shutdownNow();
        otherProgram.close();
    }

    @Test
    void aSaveWaitsWhileAnotherProgramWritesAndSucceedsWhenItCommits() throws Exception {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            PortfolioService service = new DefaultPortfolioService(store, new DealValidator());
            holdWriteLock();

            Future<Deal> save = executor.submit(() -> service.save(DealBuilder.deal("waits").build()));
            Thread.sleep(300);
            assertThat(save).as("the save must wait for the other program's transaction").isNotDone();
            otherProgram.commit();

            assertThat(save.get(30, TimeUnit.SECONDS).version()).isEqualTo(1);
            assertThat(service.deal("waits")).isPresent();
            assertThat(service.portfolio().name()).isEqualTo("held by another program");
        }
    }

    @Test
    void aLockHeldBeyondTheBusyTimeoutIsReportedAsBusyAndNothingIsWritten() throws Exception {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file, new ShortBusyTimeoutDialect(), new Migrations())) {
            PortfolioService service = new DefaultPortfolioService(store, new DealValidator());
            holdWriteLock();

            assertThatThrownBy(() -> service.save(DealBuilder.deal("refused").build()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("busy")
                    .hasMessageContaining("another Computefolio or tool is writing")
                    .hasMessageContaining(file.getFileName().toString());
            otherProgram.rollback();

            assertThat(service.deal("refused")).isEmpty();
            assertThat(service.save(DealBuilder.deal("refused").build()).version())
                    .as("once the lock is gone the same save goes through").isEqualTo(1);
        }
    }

    /** Starts a write transaction in the other connection and leaves it open. */
    private void holdWriteLock() throws SQLException {
        otherProgram.setAutoCommit(false);
        try (Statement s = otherProgram.createStatement()) {
            s.execute("INSERT INTO portfolio_meta (meta_key, meta_value) VALUES ('name', 'held by another program')");
        }
    }
}
