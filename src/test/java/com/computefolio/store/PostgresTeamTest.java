package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only a team register does: several people (connections, processes) on one database at once,
 * the database's own roles, logins that must never leak a password, and notifications of changes.
 */
@ExtendWith(PostgresExtension.class)
class PostgresTeamTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    private PostgresServer server;
    private PostgresAddress owner;

    @BeforeEach
    void newTeamRegister(PostgresServer server) {
        this.server = server;
        owner = server.createDatabase();
        try (JdbcPortfolioStore store = open(owner)) {
            store.importAll(StoreTestData.parties(), List.of(), List.of());
        }
    }

    @Test
    void aSaveFromAStaleCopyIsAConflictAcrossConnections() throws Exception {
        try (JdbcPortfolioStore alice = open(owner); JdbcPortfolioStore bob = open(owner)) {
            Deal stored = alice.saveDeal(StoreTestData.linkedDeal(), false);
            Deal bobsCopy = bob.loadDeal(stored.id()).orElseThrow();

            alice.saveDeal(stored.withCurrent(stored.current().withStatus(DealStatus.ACTIVE)), false);

            assertThatThrownBy(() -> bob.saveDeal(bobsCopy.withCurrent(bobsCopy.current().withStatus(DealStatus.CANCELLED)), false))
                    .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                        assertThat(e.expected()).isEqualTo(1);
                        assertThat(e.actual()).isEqualTo(2);
                    });
            assertThat(bob.loadDeal(stored.id()).orElseThrow().current().status()).isEqualTo(DealStatus.ACTIVE);
        }
    }

    /**
     * Clients racing on one deal, each on its own connection: every save that succeeded moved the
     * version on by one, and every other attempt was told of its conflict; none was lost silently.
     */
    @Test
    void racingSavesOnSeparateConnectionsLoseNoUpdate() throws Exception {
        Deal first;
        try (JdbcPortfolioStore store = open(owner)) {
            first = store.saveDeal(StoreTestData.linkedDeal(), false);
        }
        int clients = 6;
        int attemptsEach = 15;
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                try (JdbcPortfolioStore store = open(owner)) {
                    ready.countDown();
                    ready.await();
                    for (int attempt = 0; attempt < attemptsEach; attempt++) {
                        Deal read = store.loadDeal(first.id()).orElseThrow();
                        try {
                            store.saveDeal(read, false);
                            saved.incrementAndGet();
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        try (JdbcPortfolioStore store = open(owner)) {
            assertThat(store.storedVersion(first.id())).isEqualTo(1 + saved.get());
        }
        assertThat(saved.get() + conflicts.get()).isEqualTo(clients * attemptsEach);
        assertThat(saved.get()).isPositive();
    }

    @Test
    void anImportOnAnotherConnectionWakesTheListener() throws Exception {
        CountDownLatch heard = new CountDownLatch(1);
        try (JdbcPortfolioStore window = open(owner); RegisterChanges changes = window.watchChanges();
             JdbcPortfolioStore colleague = open(owner)) {
            changes.start(heard::countDown);

            colleague.importAll(List.of(), List.of(StoreTestData.linkedDeal()), List.of());

            assertThat(heard.await(30, TimeUnit.SECONDS)).as("the listener heard the import").isTrue();
        }
    }

    @Test
    void aReadOnlyUserReadsButASaveIsRefusedWithAClearMessage() throws Exception {
        grantRoles();
        PostgresAddress reader = newLogin("computefolio_reader");
        try (JdbcPortfolioStore store = open(reader, "reader-password")) {
            assertThat(store.load().parties()).isNotEmpty();

            assertThatThrownBy(() -> store.saveDeal(StoreTestData.linkedDeal(), false))
                    .isInstanceOf(ReadOnlyAccessException.class)
                    .hasMessageStartingWith("You are connected as " + reader.user() + ", who may only read this team register")
                    .hasMessageContaining("Nothing was written");
            assertThat(store.storedVersion(StoreTestData.linkedDeal().id())).isEqualTo(-1);
        }
    }

    @Test
    void anEditorSavesAndDeletes() throws Exception {
        grantRoles();
        PostgresAddress editor = newLogin("computefolio_editor");
        try (JdbcPortfolioStore store = open(editor, "reader-password")) {
            Deal saved = store.saveDeal(StoreTestData.linkedDeal(), false);
            store.deleteDeal(saved.id(), saved.version());

            assertThat(store.storedVersion(saved.id())).isEqualTo(-1);
        }
    }

    @Test
    void aRefusedLoginNamesHostDatabaseAndUserButNeverThePassword() {
        String wrong = "not-the-password-1234";

        assertThatThrownBy(() -> JdbcPortfolioStore.open(new PostgresDialect(owner, Optional.of(wrong)), new Migrations()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(owner.host()).hasMessageContaining(String.valueOf(owner.port()))
                .hasMessageContaining(owner.database()).hasMessageContaining(owner.user())
                .hasMessageNotContaining(wrong)
                .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain(wrong));
    }

    @Test
    void twoFirstStartsOnANewDatabaseApplyTheSchemaOnce() throws Exception {
        PostgresAddress fresh = server.createDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        List<Future<Integer>> opened = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            opened.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                try (JdbcPortfolioStore store = open(fresh)) {
                    return store.schemaVersion();
                }
            }));
        }
        for (Future<Integer> f : opened) {
            assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(new Migrations().latestVersion());
        }
        pool.shutdown();
    }

    private JdbcPortfolioStore open(PostgresAddress address) {
        return JdbcPortfolioStore.open(server.dialect(address), new Migrations());
    }

    private static JdbcPortfolioStore open(PostgresAddress address, String password) {
        return JdbcPortfolioStore.open(new PostgresDialect(address, Optional.of(password)), new Migrations());
    }

    /** The shipped roles script, run by the owner as docs/team.md says. */
    private void grantRoles() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/postgres/roles.sql")) {
            assertThat(in).as("roles.sql is shipped").isNotNull();
            server.execute(owner.database(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private PostgresAddress newLogin(String group) {
        String name = "login_" + ProcessHandle.current().pid() + "_" + USERS.incrementAndGet();
        server.execute(owner.database(), "CREATE ROLE " + name + " LOGIN PASSWORD 'reader-password' IN ROLE " + group);
        return owner.as(name);
    }
}
