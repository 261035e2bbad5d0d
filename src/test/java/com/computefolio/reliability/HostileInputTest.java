package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.InputLimits;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.ValidationException;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.InMemoryPortfolioStore;
import com.computefolio.testing.PortfolioBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust memory, time or the screen: each is refused with a clear, located problem,
 * with the surefire heap (-Xmx2g) and without an OutOfMemoryError or any other exception, and the
 * register is left unchanged. No test here measures time: a refusal that took minutes would show as
 * a build that takes minutes. The counts over these files and the corpus go to
 * target/reliability-counts.txt (docs/reliability.md quotes them).
 */
class HostileInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static int tried;
    private static int acceptedSilently;
    private static int stackTraces;
    private static int registersChanged;

    @TempDir
    Path dir;

    @AfterAll
    static void recordCounts() {
        if (tried > 0) {
            RunCounts.record("HostileInputTest", String.format(Locale.ROOT,
                    "badInputsTried=%d acceptedSilently=%d stackTraces=%d registersChangedByARefusal=%d",
                    tried, acceptedSilently, stackTraces, registersChanged));
        }
    }

    @Test
    void aCsvHeaderOfTwoMillionColumnsIsRefused() throws IOException {
        Path csv = dir.resolve("wide.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            byte[] column = "c,".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 2_000_000; i++) {
                out.write(column);
            }
            out.write("c\n".getBytes(StandardCharsets.US_ASCII));
        }

        List<Problem> problems = refused(csv);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Line 1 is 4,000,001 characters long; the file was not read.");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void aCsvHeaderOfManyColumnsOnShortLinesIsRefusedAtTheColumnLimit() throws IOException {
        Path csv = dir.resolve("tall-header.csv");
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            header.append("\"c\n\",");
        }
        Files.writeString(csv, header + "c\n", StandardCharsets.UTF_8);

        List<Problem> problems = refused(csv);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The row has more than 50 cells; reading stopped.");
            assertThat(p.line()).isEqualTo(1 + InputLimits.MAX_CSV_COLUMNS);
        });
    }

    @Test
    void aJsonFileOfAMillionEmptyDealsIsRefusedAfterTheProblemLimit() throws IOException {
        Path json = dir.resolve("million.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            out.write("{\"format\":\"computefolio-portfolio\",\"formatVersion\":1,\"deals\":[{}".getBytes(StandardCharsets.US_ASCII));
            byte[] empty = ",{}".getBytes(StandardCharsets.US_ASCII);
            for (int i = 1; i < 1_000_000; i++) {
                out.write(empty);
            }
            out.write("]}".getBytes(StandardCharsets.US_ASCII));
        }

        List<Problem> problems = refused(json);

        assertThat(problems).hasSizeBetween(InputLimits.MAX_PROBLEMS_PER_FILE, InputLimits.MAX_PROBLEMS_PER_FILE + 20);
        assertThat(problems.get(0).describe()).contains("$.deals[0]").contains("is missing");
        assertThat(problems.get(problems.size() - 1).message())
                .isEqualTo("Reading stopped after 10,000 problems; the rest of the file was not checked.");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aJsonStringOfMoreThanAMillionCharactersIsRefused() throws IOException {
        Path json = dir.resolve("long-title.json");
        Files.writeString(json, "{\"format\":\"computefolio-portfolio\",\"formatVersion\":1,\"deals\":[{\"title\":\""
                + "x".repeat(10 * 1024 * 1024) + "\"}]}", StandardCharsets.UTF_8);

        List<Problem> problems = refused(json);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The JSON holds a string longer than 1,000,000 characters; reading stopped.");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void aDealOfMillionsOfNestedEmptyArraysIsRefusedAtTheValueLimit() throws IOException {
        Path json = dir.resolve("arrays.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            out.write("{\"format\":\"computefolio-portfolio\",\"formatVersion\":1,\"deals\":[{\"tags\":[[]".getBytes(StandardCharsets.US_ASCII));
            byte[] element = ",[[],[[]]]".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 3_000_000; i++) {
                out.write(element);
            }
            out.write("]}]}".getBytes(StandardCharsets.US_ASCII));
        }

        List<Problem> problems = refused(json);

        assertThat(problems).last().satisfies(p -> assertThat(p.describe())
                .contains("$.deals[0].tags").contains("holds more than 200,000 JSON values; reading stopped."));
    }

    @Test
    void devicesBehindSymbolicLinksAreRefusedUnread() throws IOException {
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            assumeTrue(Files.exists(Path.of(device)), device);
            Path link = Files.createSymbolicLink(dir.resolve(Path.of(device).getFileName() + ".json"), Path.of(device));

            assertThat(refused(link)).singleElement().satisfies(p -> assertThat(p.message())
                    .isEqualTo("This is not a regular file (a device, pipe or socket); it was not read."));
        }
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

        assertThat(refused(fifo)).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("This is not a regular file (a device, pipe or socket); it was not read."));
    }

    @Test
    void everyFileOfTheCorpusIsRefusedWithoutAStackTraceOrAChange() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("expected.properties")).sorted().toList()) {
                assertThat(refused(file)).as(file.toString()).isNotEmpty();
            }
        }
    }

    /** Imports the file into a fresh register and returns the problems of its refusal, counting the outcome. */
    private static List<Problem> refused(Path file) {
        tried++;
        InMemoryPortfolioStore store = InMemoryPortfolioStore.holding(register());
        Portfolio before = store.load();
        DefaultPortfolioService service = new DefaultPortfolioService(store, new DealValidator());
        List<Problem> problems = new ArrayList<>();
        try {
            service.importFiles(List.of(file));
            acceptedSilently++;
        } catch (ValidationException expected) {
            problems.addAll(expected.problems());
        } catch (RuntimeException | Error unexpected) {
            stackTraces++;
            StringWriter trace = new StringWriter();
            unexpected.printStackTrace(new PrintWriter(trace));
            throw new AssertionError("import of " + file + " failed with " + trace, unexpected);
        }
        if (store.writes() != 0 || !store.load().equals(before)) {
            registersChanged++;
        }
        assertThat(problems).as("problems of %s", file).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        assertThat(store.writes()).isZero();
        return problems;
    }

    private static Portfolio register() {
        return PortfolioBuilder.portfolio()
                .party("openai", "OpenAI", PartyKind.AI_LAB)
                .party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD)
                // The same register as BadInputCorpusTest's, so a file older than its deal is refused here too.
                .deals(DealBuilder.deal("existing-deal").value("10", ValueBasis.TOTAL_OVER_TERM).term("2025-01", 12).build())
                .build();
    }
}
