package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The team register under load (issue 17), against the throwaway PostgreSQL over loopback: 20 clients,
 * each on its own connection as 20 people's windows would be, saving, importing and reading for 60
 * seconds; then a server killed mid-import. Prints the figures for docs/benchmarks.md and asserts only
 * correctness (no lost update, every conflict reported, all or nothing), never time. Run alone with
 * {@code mvn -o -Dcf.excludedGroups=none -Dgroups=benchmark -Dtest=TeamLoadBenchmarkTest test}
 * ({@code -Dcf.load.seconds=60 -Dcf.load.clients=20} are the defaults). It stops and restarts the
 * JVM's throwaway server, so it must not share a JVM with other PostgreSQL tests.
 */
@Tag("benchmark")
class TeamLoadBenchmarkTest {

    private static final int CLIENTS = Integer.getInteger("cf.load.clients", 20);
    private static final int SECONDS = Integer.getInteger("cf.load.seconds", 60);
    private static final int SHARED_DEALS = 40;
    private static final String COUNT_DEALS = "SELECT COUNT(*) FROM deal";

    /** What one successful save wrote: the version the store returned and the notes it carried. */
    private record Write(long version, String notes) {
    }

    @Test
    void twentyClientsSavingImportingAndReadingLoseNoUpdate() throws Exception {
        PostgresServer server = PostgresServer.shared();
        PostgresAddress address = server.createDatabase();
        List<String> ids = new ArrayList<>();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(server.dialect(address), new Migrations())) {
            List<Deal> shared = new ArrayList<>();
            for (int i = 0; i < SHARED_DEALS; i++) {
                shared.add(DealBuilder.deal("shared-" + i).build());
                ids.add("shared-" + i);
            }
            store.importAll(StoreTestData.parties(), shared, List.of());
        }
        Map<String, List<Write>> writes = new ConcurrentHashMap<>();
        ids.forEach(id -> writes.put(id, Collections.synchronizedList(new ArrayList<>())));
        List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger imports = new AtomicInteger();
        AtomicInteger imported = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                Random random = new Random(client);
                try (JdbcPortfolioStore store = JdbcPortfolioStore.open(server.dialect(address), new Migrations())) {
                    ready.countDown();
                    ready.await();
                    for (int op = 0; System.nanoTime() < end; op++) {
                        int dice = random.nextInt(100);
                        try {
                            if (dice < 60) {
                                String id = ids.get(random.nextInt(ids.size()));
                                Deal read = store.loadDeal(id).orElseThrow();
                                String notes = "client " + client + " op " + op;
                                Deal edit = DealBuilder.deal(id).notes(notes).version(read.version()).build();
                                long start = System.nanoTime();
                                try {
                                    Deal saved = store.saveDeal(edit, false);
                                    saveNanos.add(System.nanoTime() - start);
                                    writes.get(id).add(new Write(saved.version(), notes));
                                } catch (VersionConflictException e) {
                                    conflicts.incrementAndGet();
                                }
                            } else if (dice < 70) {
                                List<Deal> batch = new ArrayList<>();
                                for (int k = 0; k < 5; k++) {
                                    batch.add(DealBuilder.deal("imported-" + client + "-" + op + "-" + k).build());
                                }
                                store.importAll(StoreTestData.parties(), batch, List.of());
                                imports.incrementAndGet();
                                imported.addAndGet(batch.size());
                            } else {
                                assertThat(store.load().deals()).hasSizeGreaterThanOrEqualTo(SHARED_DEALS);
                                reads.incrementAndGet();
                            }
                        } catch (StoreException e) {
                            if (!e.getMessage().contains("busy")) {
                                throw e;
                            }
                            busy.incrementAndGet();
                        }
                    }
                } catch (Throwable t) {
                    unexpected.compareAndSet(null, t);
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get(SECONDS + 120L, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected.get()).as("no client failed").isNull();

        int lost = 0;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(server.dialect(address), new Migrations())) {
            for (String id : ids) {
                List<Write> made = new ArrayList<>(writes.get(id));
                made.sort((a, b) -> Long.compare(a.version(), b.version()));
                Deal stored = store.loadDeal(id).orElseThrow();
                // Versions 2..n+1, one per successful save, none twice; the stored deal is the last one.
                for (int i = 0; i < made.size(); i++) {
                    if (made.get(i).version() != i + 2) {
                        lost++;
                    }
                }
                if (stored.version() != 1 + made.size()
                        || (!made.isEmpty() && !made.get(made.size() - 1).notes().equals(stored.notes()))) {
                    lost++;
                }
            }
            assertThat(store.load().deals()).hasSize(SHARED_DEALS + imported.get());
        }
        List<Long> sorted = new ArrayList<>(saveNanos);
        Collections.sort(sorted);
        System.out.printf("team load: %d clients, %d s, %d saves, %d conflicts reported, %d imports (%d deals),"
                + " %d full reads, %d busy, %d lost updates%n", CLIENTS, SECONDS, sorted.size(), conflicts.get(),
                imports.get(), imported.get(), reads.get(), busy.get(), lost);
        System.out.printf("save latency: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(sorted, 50),
                percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        assertThat(lost).isZero();
        assertThat(sorted).isNotEmpty();
    }

    @Test
    void aServerKilledMidImportLeavesAllOrNothing() throws Exception {
        PostgresServer server = PostgresServer.shared();
        PostgresAddress address = server.createDatabase();
        int size = Integer.getInteger("cf.load.killImport", 20_000);
        List<Deal> deals = StoreTestData.generatedDeals(size);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(server.dialect(address), new Migrations())) {
            store.importAll(StoreTestData.parties(), List.of(), List.of());
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> importing = pool.submit(() -> {
            try (JdbcPortfolioStore store = JdbcPortfolioStore.open(server.dialect(address), new Migrations())) {
                store.importAll(List.of(), deals, List.of());
            }
            return null;
        });
        // Kill once the import's transaction is writing (it holds the advisory lock).
        awaitImportWriting(server, address);
        server.stopImmediately();
        Throwable failure = null;
        try {
            importing.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            failure = e.getCause();
        }
        pool.shutdown();
        server.start();

        long count;
        try (Connection c = server.dialect(address).connect(); PreparedStatement q = c.prepareStatement(COUNT_DEALS);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            count = rs.getLong(1);
        }
        System.out.printf("kill mid-import of %d deals: import %s, %d deals after restart%n", size,
                failure == null ? "had committed" : "failed (" + failure.getClass().getSimpleName() + ")", count);
        assertThat(count).isIn(0L, (long) size);
        assertThat(count == 0).isEqualTo(failure != null);
    }

    private static void awaitImportWriting(PostgresServer server, PostgresAddress address) throws Exception {
        String query = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted";
        try (Connection c = server.dialect(server.superuser("postgres")).connect();
             PreparedStatement q = c.prepareStatement(query)) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        Thread.sleep(500);
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the import never started writing");
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
