package com.computefolio.store;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.audit.AuditNote;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second store on the same file stands for a second process (its own connection). */
class RegisterChangesTest {

    @TempDir
    Path dir;

    @Test
    void anotherConnectionsSaveAndDeleteAreReported() throws Exception {
        Path file = dir.resolve("register.db");
        try (JdbcPortfolioStore window = JdbcPortfolioStore.open(file);
             JdbcPortfolioStore other = JdbcPortfolioStore.open(file);
             RegisterChanges watch = window.watchChanges()) {
            window.importAll(StoreTestData.parties(), List.of(), List.of());
            AtomicInteger changes = new AtomicInteger();
            watch.start(changes::incrementAndGet);

            var saved = other.saveDeal(deal("aws").build(), false);
            awaitUpTo10Seconds(() -> changes.get() >= 1);
            int afterSave = changes.get();
            other.deleteDeal("aws", saved.version(), AuditNote.NONE);
            awaitUpTo10Seconds(() -> changes.get() > afterSave);

            assertThat(changes.get()).isGreaterThan(afterSave);
        }
    }

    @Test
    void nothingIsReportedWhileNobodyWrites() throws Exception {
        Path file = dir.resolve("register.db");
        try (JdbcPortfolioStore window = JdbcPortfolioStore.open(file)) {
            window.importAll(StoreTestData.parties(), List.of(), List.of());
            AtomicInteger changes = new AtomicInteger();
            RegisterChanges watch = window.watchChanges();
            watch.start(changes::incrementAndGet);
            window.load();
            Thread.sleep(3 * PollingRegisterChanges.INTERVAL.toMillis());
            watch.close();
            watch.close();

            assertThat(changes.get()).isZero();
        }
    }

    @Test
    void closingTheStoreStopsItsWatches() throws Exception {
        Path file = dir.resolve("register.db");
        AtomicInteger changes = new AtomicInteger();
        try (JdbcPortfolioStore other = JdbcPortfolioStore.open(file)) {
            other.importAll(StoreTestData.parties(), List.of(), List.of());
            JdbcPortfolioStore window = JdbcPortfolioStore.open(file);
            window.watchChanges().start(changes::incrementAndGet);
            window.close();

            other.saveDeal(deal("aws").build(), false);
            Thread.sleep(3 * PollingRegisterChanges.INTERVAL.toMillis());
        }
        assertThat(changes.get()).isZero();
    }

    static void awaitUpTo10Seconds(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
