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
import com.computefolio.store.PostgresAddress;
import com.computefolio.store.PostgresDialect;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link BusyDatabaseTest} on a team database: a colleague's write transaction holds the write lock
 * (the advisory lock every Computefolio takes); a save waits for it and then goes through, and a lock
 * held beyond the busy timeout is reported as busy with nothing written.
 */
@ExtendWith(PostgresExtension.class)
class PostgresBusyDatabaseTest {

    private PostgresDialect dialect;
    private Connection colleague;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeEach
    void createRegisterAndAColleaguesConnection(PostgresServer server) throws SQLException {
        PostgresAddress address = server.createDatabase();
        dialect = server.dialect(address);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dialect, new Migrations())) {
            CrashWorker.PARTIES.forEach(store::saveParty);
        }
        colleague = dialect.connect();
        dialect.configure(colleague);
    }

    @AfterEach
    void closeEverything() throws SQLException {
        executor.shutdownNow();
        colleague.close();
    }

    @Test
    void aSaveWaitsWhileAColleagueWritesAndSucceedsWhenTheyCommit() throws Exception {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dialect, new Migrations())) {
            PortfolioService service = new DefaultPortfolioService(store, new DealValidator());
            holdWriteLock();

            Future<Deal> save = executor.submit(() -> service.save(DealBuilder.deal("waits").build()));
            Thread.sleep(300);
            assertThat(save).as("the save must wait for the colleague's transaction").isNotDone();
            run("COMMIT");

            assertThat(save.get(30, TimeUnit.SECONDS).version()).isEqualTo(1);
            assertThat(service.deal("waits")).isPresent();
            assertThat(service.portfolio().name()).isEqualTo("held by a colleague");
        }
    }

    @Test
    void aLockHeldBeyondTheBusyTimeoutIsReportedAsBusyAndNothingIsWritten() throws Exception {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dialect, new Migrations())) {
            PortfolioService service = new DefaultPortfolioService(store, new DealValidator());
            holdWriteLock();

            assertThatThrownBy(() -> service.save(DealBuilder.deal("refused").build()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("busy")
                    .hasMessageContaining(dialect.address().database());
            run("ROLLBACK");

            assertThat(service.deal("refused")).isEmpty();
            assertThat(service.save(DealBuilder.deal("refused").build()).version())
                    .as("once the lock is gone the same save goes through").isEqualTo(1);
        }
    }

    /** Begins a write transaction as any Computefolio does (taking the lock), writes, and leaves it open. */
    private void holdWriteLock() throws SQLException {
        dialect.beginWrite(colleague);
        run("INSERT INTO portfolio_meta (meta_key, meta_value) VALUES ('name', 'held by a colleague')");
    }

    private void run(String sql) throws SQLException {
        try (PreparedStatement statement = colleague.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
