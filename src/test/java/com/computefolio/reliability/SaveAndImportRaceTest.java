package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.ImportResult;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.TakeBackException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.TestRegister;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window saves a new revision of a deal while the command line imports an older file holding
 * that deal without it (two stores, two connections, one file, released together). Whichever
 * commits first wins and the other is refused: the import because it would now take back the saved
 * revision. An import that commits first finds the deal exactly as its file has it, so it writes
 * nothing and reports the deal unchanged (docs/reliability.md, honest imports); the save then keeps
 * its revision. Never may the import replace the deal and the save succeed too, or the import write
 * after the save: either would lose the revision silently.
 */
class SaveAndImportRaceTest {

    /** A new register for one round; {@link PostgresSaveAndImportRaceTest} puts it on a server. */
    protected TestRegister newRegister(Path folder, int round) {
        return TestRegister.sqlite(folder.resolve("register-" + round + ".db"));
    }

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
        RunCounts.record(getClass().getSimpleName(), "rounds=" + rounds + " savesWon=" + savesWon
                + " importsFirst=" + (rounds - savesWon) + " lost=0");
    }

    /** True when the save won. */
    private boolean race(ExecutorService pool, int round) throws Exception {
        TestRegister db = newRegister(dir, round);
        Deal original = DealBuilder.deal("raced").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build();
        Path older = dir.resolve("older-" + round + ".json");
        new PortfolioJsonWriter().write(new Portfolio("race", CrashWorker.PARTIES, List.of(original), List.of()), older);
        try (JdbcPortfolioStore windowStore = db.open();
             JdbcPortfolioStore cliStore = db.open()) {
            windowStore.importAll(CrashWorker.PARTIES, List.of(original), List.of());
            PortfolioService window = new DefaultPortfolioService(windowStore, new DealValidator());
            PortfolioService cli = new DefaultPortfolioService(cliStore, new DealValidator());
            Deal loaded = window.deal("raced").orElseThrow();
            Deal edited = DealBuilder.deal("raced").version(loaded.version()).value("38", ValueBasis.TOTAL_OVER_TERM)
                    .term("2025-11", 84).then("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM).build();
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> save = pool.submit(attempt(start, () -> window.save(edited), ConcurrentEditException.class));
            AtomicReference<ImportResult> report = new AtomicReference<>();
            Future<Boolean> imported = pool.submit(attempt(start, () -> {
                report.set(cli.importFiles(List.of(older)));
                return null;
            }, TakeBackException.class));
            boolean saveWon = save.get();
            boolean importWon = imported.get();

            assertThat(saveWon || importWon).as("round %d: at least one succeeds", round).isTrue();
            if (importWon) {
                assertThat(report.get().dealsUnchanged()).as("round %d: the import found the deal as its file has it", round)
                        .isEqualTo(1);
                assertThat(report.get().dealsReplaced()).isZero();
            }
            // The saved revision is never lost: whenever the save succeeded, it is in the register.
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
