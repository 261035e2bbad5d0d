package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.computefolio.domain.Portfolio;
import com.computefolio.store.JdbcPortfolioStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite promises that a commit is atomic even if the process dies; this checks that the product
 * keeps that promise end to end. A child JVM ({@link CrashWorker}) imports files and saves edits in a
 * loop and is killed with SIGKILL at a random moment, again and again on the same database. After
 * every kill the database must open, pass {@code PRAGMA integrity_check}, open in the store, and
 * hold exactly the state before or exactly the state after the operation that was running.
 *
 * <p>The kill times come from a seeded Random; the seed is printed, and {@code -Dcf.crash.seed=N}
 * repeats a run's choices (the child's timing still varies).
 */
class CrashSafetyTest {

    private static final int CI_KILLS = 12;
    private static final int FULL_KILLS = 60;
    /** Longest wait after the child is ready before an untargeted kill; operations take 10 to 100 ms each. */
    private static final int MAX_KILL_DELAY_MILLIS = 700;

    @TempDir
    Path dir;

    @Test
    void afterEveryKillTheDatabaseIsSoundAndHoldsTheStateBeforeOrAfterTheInterruptedOperation() throws Exception {
        int kills = RunCounts.choose(CI_KILLS, FULL_KILLS);
        long seed = Long.getLong("cf.crash.seed", System.nanoTime());
        System.out.println("CrashSafetyTest seed " + seed + " (-Dcf.crash.seed=" + seed + " repeats it), kills " + kills);
        Random random = new Random(seed);
        Path db = dir.resolve("crash.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
        }
        Tally tally = new Tally();
        String state = RegisterDigest.of(db);
        long nextSeq = 1;
        for (int k = 1; k <= kills; k++) {
            ChildJvm child = ChildJvm.start(CrashWorker.class, dir.resolve("child-" + k + ".err"),
                    db.toString(), dir.resolve("twin.db").toString(), Long.toString(seed), Long.toString(nextSeq));
            String ready = child.nextLine(120);
            if (ready == null) {
                child.kill();
                fail("the child never became ready; its errors:\n" + child.errors());
            }
            waitForTheKillMoment(child, random);
            if (!child.isAlive()) {
                fail("the child ended before it was killed; its output:\n" + child.allLines() + "\nits errors:\n" + child.errors());
            }
            child.kill();
            Run run = Run.read(child.allLines(), state);
            String actual = checkedDigest(db, k, seed);
            tally.count(run, actual);
            assertThat(run.allowedStates()).as("kill %d (seed %d) after %s: the database must hold the state before or"
                    + " after the interrupted operation", k, seed, run.describe()).contains(actual);
            state = actual;
            nextSeq = run.lastSeq() + 1;
        }
        RunCounts.record("CrashSafetyTest", "seed=" + seed + " " + tally);
        assertThat(tally.kills).isEqualTo(kills);
    }

    /**
     * Three kills in four aim at a write: they wait for the child to announce its 1st to 4th
     * operation and strike 0 to 40 ms later, inside the transaction or just after it. The rest strike
     * at any moment up to {@value #MAX_KILL_DELAY_MILLIS} ms after start-up, between operations too.
     */
    private static void waitForTheKillMoment(ChildJvm child, Random random) throws InterruptedException {
        if (random.nextInt(4) > 0) {
            int announcements = 1 + random.nextInt(4);
            for (int seen = 0; seen < announcements; ) {
                String line = child.nextLine(60);
                if (line == null) {
                    return;
                }
                if (line.startsWith("BEFORE ")) {
                    seen++;
                }
            }
            Thread.sleep(random.nextInt(41));
        } else {
            Thread.sleep(random.nextInt(MAX_KILL_DELAY_MILLIS + 1));
        }
    }

    /** Opens the killed database as a fresh program would: integrity check, digest, then the store itself. */
    private static String checkedDigest(Path db, int kill, long seed) throws Exception {
        String digest;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            assertThat(RegisterDigest.integrityCheck(c)).as("integrity after kill %d (seed %d)", kill, seed)
                    .containsExactly("ok");
            digest = RegisterDigest.of(c);
        }
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            assertThat(store.integrityProblems()).isEmpty();
            Portfolio loaded = store.load();
            assertThat(loaded.parties()).hasSize(CrashWorker.PARTIES.size());
        }
        return digest;
    }

    /** What one child printed before it was killed, checked line by line against the known state. */
    private record Run(String committedState, long lastSeq, String pendingKind, String pendingBefore, String pendingAfter,
                       int committed) {

        static Run read(List<String> lines, String stateAtStart) {
            String state = stateAtStart;
            long lastSeq = 0;
            String kind = null;
            String before = null;
            String after = null;
            int committed = 0;
            for (String line : lines) {
                String[] f = line.split(" ");
                if (line.startsWith("MISMATCH")) {
                    fail("the child's twin and real database disagreed: " + line);
                }
                if (f[0].equals("READY") && f.length == 3 && isDigest(f[2])) {
                    assertThat(f[2]).as("the child starts from the state the last kill left").isEqualTo(stateAtStart);
                    lastSeq = Long.parseLong(f[1]) - 1;
                } else if (f[0].equals("BEFORE") && f.length == 5 && isDigest(f[3]) && isDigest(f[4])) {
                    assertThat(f[3]).as("operation %s starts from the last committed state", f[1]).isEqualTo(state);
                    lastSeq = Long.parseLong(f[1]);
                    kind = f[2];
                    before = f[3];
                    after = f[4];
                } else if (f[0].equals("AFTER") && f.length == 3 && isDigest(f[2])) {
                    assertThat(f[2]).as("operation %s committed what the twin predicted", f[1]).isEqualTo(after);
                    state = f[2];
                    kind = null;
                    before = null;
                    after = null;
                    committed++;
                }
                // Anything else is a line cut short by the kill: the step it announced had not begun.
            }
            return kind == null ? new Run(state, lastSeq, null, null, null, committed)
                    : new Run(state, lastSeq, kind, before, after, committed);
        }

        boolean interruptedAnOperation() {
            return pendingKind != null;
        }

        List<String> allowedStates() {
            return interruptedAnOperation() ? List.of(pendingBefore, pendingAfter) : List.of(committedState);
        }

        String describe() {
            return committed + " committed operations, " + (interruptedAnOperation()
                    ? "killed during " + pendingKind + " " + lastSeq : "killed between operations");
        }

        private static boolean isDigest(String s) {
            return s.length() == 20 && s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
        }
    }

    /** The counts docs/reliability.md quotes. */
    private static final class Tally {
        int kills;
        int committed;
        int duringOperation;
        int endedBefore;
        int endedAfter;

        void count(Run run, String actual) {
            kills++;
            committed += run.committed();
            if (run.interruptedAnOperation()) {
                duringOperation++;
                if (actual.equals(run.pendingBefore())) {
                    endedBefore++;
                } else if (actual.equals(run.pendingAfter())) {
                    endedAfter++;
                }
            }
        }

        @Override
        public String toString() {
            return "kills=" + kills + " committedOperations=" + committed + " killsDuringAnOperation=" + duringOperation
                    + " (rolledBack=" + endedBefore + ", alreadyCommitted=" + endedAfter + ")";
        }
    }
}
