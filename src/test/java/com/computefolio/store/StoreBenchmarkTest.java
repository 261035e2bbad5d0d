package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures a large register: importAll of generated deals into a new file, then load(). Prints the
 * figures; asserts only correctness, never time. Run with
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

        long importNanos;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            store.importAll(StoreTestData.parties(), List.of(), List.of());
            long start = System.nanoTime();
            store.importAll(List.of(), deals, List.of());
            importNanos = System.nanoTime() - start;
        }
        report("importAll of " + DEALS + " deals into a new file", importNanos);
        System.out.printf("file size: %.1f MB%n", Files.size(file) / 1e6);

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                Portfolio loaded = store.load();
                report("load() run " + run, System.nanoTime() - start);
                assertThat(loaded.deals()).hasSize(DEALS);
            }
            Portfolio loaded = store.load();
            for (int i = 0; i < DEALS; i += DEALS / 10) {
                assertThat(loaded.deals().get(i)).isEqualTo(deals.get(i).withVersion(1));
            }
            long start = System.nanoTime();
            Deal one = store.loadDeal(deals.get(DEALS / 2).id()).orElseThrow();
            report("loadDeal of one deal", System.nanoTime() - start);
            start = System.nanoTime();
            store.saveDeal(one, false);
            report("saveDeal of one deal", System.nanoTime() - start);
            start = System.nanoTime();
            store.importAll(List.of(), deals.subList(0, DEALS / 10), List.of());
            report("importAll replacing " + DEALS / 10 + " stored deals", System.nanoTime() - start);
        }
    }

    private static void report(String what, long nanos) {
        System.out.printf("%s: %d ms%n", what, nanos / 1_000_000);
    }
}
