package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.TakeBackException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window saves a new revision of a deal while the command line imports an older file holding
 * that deal without it (two stores, two connections, one file, released together). Whichever
 * commits first wins and the other is refused: the save over a version the import moved on, the
 * import because it would now take back the saved revision. Never both, which would lose the
 * revision silently (the import checked before the save committed).
 */
class SaveAndImportRaceTest {

    @TempDir
    Path dir;

    @Test
    void aSaveAndAnOlderImportNeverBothSucceed() throws Exception {
        int rounds = RunCounts.choose(30, 300);
        int savesWon = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                savesWon += race(pool, round) ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        RunCounts.record("SaveAndImportRaceTest", "rounds=" + rounds + " savesWon=" + savesWon
                + " importsWon=" + (rounds - savesWon) + " bothSucceeded=0");
    }

    /** True when the save won. */
    private boolean race(ExecutorService pool, int round) throws Exception {
        Path db = dir.resolve("register-" + round + ".db");
        Deal original = DealBuilder.deal("raced").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build();
        Path older = dir.resolve("older-" + round + ".json");
        new PortfolioJsonWriter().write(new Portfolio("race", CrashWorker.PARTIES, List.of(original), List.of()), older);
        try (JdbcPortfolioStore windowStore = JdbcPortfolioStore.open(db);
             JdbcPortfolioStore cliStore = JdbcPortfolioStore.open(db)) {
            windowStore.importAll(CrashWorker.PARTIES, List.of(original), List.of());
            PortfolioService window = new DefaultPortfolioService(windowStore, new DealValidator());
            PortfolioService cli = new DefaultPortfolioService(cliStore, new DealValidator());
            Deal loaded = window.deal("raced").orElseThrow();
            Deal edited = DealBuilder.deal("raced").version(loaded.version()).value("38", ValueBasis.TOTAL_OVER_TERM)
                    .term("2025-11", 84).then("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM).build();
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> save = pool.submit(attempt(start, () -> window.save(edited), ConcurrentEditException.class));
            Future<Boolean> imported = pool.submit(attempt(start, () -> cli.importFiles(List.of(older)), TakeBackException.class));
            boolean saveWon = save.get();
            boolean importWon = imported.get();

            assertThat(saveWon).as("round %d: exactly one of save and import succeeds", round).isNotEqualTo(importWon);
            assertThat(window.deal("raced").orElseThrow().revisions()).hasSize(saveWon ? 2 : 1);
            return saveWon;
        }
    }

    /** Runs the write at the barrier: true if it succeeded, false if it was refused as expected. */
    private static Callable<Boolean> attempt(CyclicBarrier start, Callable<?> write, Class<? extends Exception> refusal) {
        return () -> {
            start.await();
            try {
                write.call();
                return true;
            } catch (Exception e) {
                if (refusal.isInstance(e)) {
                    return false;
                }
                throw e;
            }
        };
    }
}
