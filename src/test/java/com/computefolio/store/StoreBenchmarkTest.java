package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures a large register: importAll of generated deals into a new file, then load(). Prints wall
 * and thread CPU time (the CPU figure is steadier on a shared machine); asserts only correctness,
 * never time. Run with
 * {@code mvn -Dcf.excludedGroups=none -Dgroups=benchmark -Dtest=StoreBenchmarkTest test}.
 */
@Tag("benchmark")
class StoreBenchmarkTest {

    private static final int DEALS = Integer.getInteger("cf.benchmark.deals", 100_000);

    @TempDir
    Path dir;

    @Test
    void importAndLoadALargeRegister() throws Exception {
        List<Deal> deals = StoreTestData.generatedDeals(DEALS);
        Path file = dir.resolve("large.db");

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            store.importAll(StoreTestData.parties(), List.of(), List.of());
            timed("importAll of " + DEALS + " deals into a new file", () -> {
                store.importAll(List.of(), deals, List.of());
                return null;
            });
        }
        System.out.printf("file size: %.1f MB%n", Files.size(file) / 1e6);

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            for (int run = 1; run <= 3; run++) {
                Portfolio loaded = timed("load() run " + run, store::load);
                assertThat(loaded.deals()).hasSize(DEALS);
            }
            Portfolio loaded = store.load();
            for (int i = 0; i < DEALS; i += DEALS / 10) {
                assertThat(loaded.deals().get(i)).isEqualTo(deals.get(i).withVersion(1));
            }
            Deal one = timed("loadDeal of one deal", () -> store.loadDeal(deals.get(DEALS / 2).id()).orElseThrow());
            timed("saveDeal of one deal", () -> store.saveDeal(one, false));
            timed("importAll replacing " + DEALS / 10 + " stored deals", () -> {
                store.importAll(List.of(), deals.subList(0, DEALS / 10), List.of());
                return null;
            });
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs the work and prints its wall and CPU time. */
    private static <T> T timed(String what, ThrowingSupplier<T> work) throws Exception {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        System.out.printf("%s: %d ms wall, %d ms CPU%n", what, (System.nanoTime() - wall) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return result;
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
