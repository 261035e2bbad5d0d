package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import com.computefolio.store.JdbcPortfolioStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Child JVMs running {@code init}, {@code export}, {@code backup} and {@code restore} are killed
 * (SIGKILL) mid-work. A killed {@code init} leaves no database or the whole seeded one, and the next
 * {@code init} ends with the curated deals; a killed export, backup or restore leaves a temporary
 * file or work folder, which the next start deletes, and the register is as it was.
 */
class InterruptedWritesTest {

    private static final Pattern LEFTOVER = Pattern.compile("^\\..*(\\.tmp(-wal|-shm|-journal)?|\\.restore-\\d+-\\d+)$");
    private static final Pattern DEALS = Pattern.compile("with (\\d+) deals|\\((\\d+) deals\\)");

    @TempDir
    Path dir;

    private final long seed = Long.getLong("cf.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);

    private record Result(int exitCode, String out, String err) {
    }

    @Test
    void aKilledInitLeavesNoSeedlessRegisterAndTheNextInitFinishesIt() throws Exception {
        int curated = deals(run(dir.resolve("reference.db"), "init"));
        int rounds = RunCounts.choose(6, 30);
        int killedBeforeItWasInPlace = 0;
        for (int round = 0; round < rounds; round++) {
            Path folder = Files.createDirectory(dir.resolve("init-" + round));
            Path db = folder.resolve("register.db");
            ChildJvm child = ChildJvm.start(WriteLoop.class, folder.resolve("child.err"), folder.toString(), "--once",
                    "--db", db.toString(), "init");
            assertThat(child.nextLine(120)).as("seed %d: %s", seed, child.errors()).isEqualTo("RUN 0");
            Thread.sleep(random.nextInt(4000));
            child.kill();

            if (Files.exists(db)) {
                try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
                    assertThat(store.load().deals()).as("seed %d: a database in place is whole", seed).hasSize(curated);
                }
            } else {
                killedBeforeItWasInPlace++;
            }
            Result next = run(db, "init");

            assertThat(next.exitCode()).as(next.err()).isZero();
            assertThat(deals(next)).as("seed %d: %s", seed, next.out()).isEqualTo(curated);
            assertThat(leftovers(folder)).as("seed %d", seed).isEmpty();
        }
        RunCounts.record("InterruptedWritesTest.init", "seed=" + seed + " kills=" + rounds
                + " beforeInPlace=" + killedBeforeItWasInPlace + " seedlessRegisters=0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export", "backup", "restore"})
    void aKilledWriteLeavesATemporaryFileThatTheNextStartDeletes(String kind) throws Exception {
        Path folder = Files.createDirectory(dir.resolve(kind));
        Path db = folder.resolve("register.db");
        Path generated = folder.resolve("generated.json");
        assertThat(run(db, "generate", "--deals", "3000", "--out", generated.toString()).exitCode()).isZero();
        assertThat(run(db, "import", generated.toString()).exitCode()).isZero();
        Path copy = folder.resolve("copy.db");
        assertThat(run(db, "backup", "--out", copy.toString()).exitCode()).isZero();
        Files.delete(generated);
        int dealsBefore = dealsIn(db);
        String[] command = switch (kind) {
            case "export" -> new String[] {"export", "--out", folder.resolve("export.json").toString()};
            case "backup" -> new String[] {"backup", "--out", folder.resolve("second-copy.db").toString()};
            default -> new String[] {"restore", copy.toString()};
        };
        int rounds = RunCounts.choose(4, 20);
        int caught = 0;
        for (int round = 0; round < rounds; round++) {
            List<String> args = new ArrayList<>(List.of(folder.toString(), "--loop", "--db", db.toString()));
            args.addAll(List.of(command));
            ChildJvm child = ChildJvm.start(WriteLoop.class, folder.resolve("child-" + round + ".err"), args.toArray(String[]::new));
            assertThat(child.nextLine(120)).as(child.errors()).isEqualTo("RUN 0");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (leftovers(folder).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            child.kill();
            if (!leftovers(folder).isEmpty()) {
                caught++;
            }

            Result start = run(db, "list", "--format", "csv");

            assertThat(start.exitCode()).as(start.err()).isZero();
            assertThat(leftovers(folder)).as("after the next start").isEmpty();
            assertThat(dealsIn(db)).isEqualTo(dealsBefore);
        }
        assertThat(caught).as("kills that left a temporary file to clean").isPositive();
        RunCounts.record("InterruptedWritesTest." + kind, "kills=" + rounds + " leftTemporaryFiles=" + caught
                + " leftAfterNextStart=0");
    }

    /** Temporary files and work folders in the folder and its backups folder. */
    private static List<Path> leftovers(Path folder) throws Exception {
        List<Path> found = new ArrayList<>();
        for (Path place : List.of(folder, folder.resolve("register.db.backups"))) {
            if (Files.isDirectory(place)) {
                try (Stream<Path> entries = Files.list(place)) {
                    entries.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches()).forEach(found::add);
                }
            }
        }
        return found;
    }

    private static int dealsIn(Path db) {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            return store.load().deals().size();
        }
    }

    private static int deals(Result init) {
        Matcher m = DEALS.matcher(init.out());
        assertThat(m.find()).as(init.out() + init.err()).isTrue();
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private Result run(Path db, String... command) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        args.addAll(List.of(command));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", dir.resolve("home").toString()));
        int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
