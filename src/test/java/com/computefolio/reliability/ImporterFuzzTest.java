package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.io.ImportPlan;
import com.computefolio.io.imports.PortfolioFileReader;
import com.computefolio.io.ReadResult;
import com.computefolio.io.csv.DealsCsvWriter;
import com.computefolio.io.json.PortfolioJsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A bounded fuzz of the importers, through the same reader the import uses: arbitrary bytes,
 * JSON-like and CSV-like noise, and valid files damaged by flipped, inserted, deleted, duplicated
 * and cut bytes. Every run must end in one of two ways: a list of problems, each naming the file
 * and saying what is wrong, or a valid import plan. Any exception fails the property (jqwik then
 * shrinks the input to a small one that shows it).
 */
class ImporterFuzzTest {

    private static Path dir;
    private static byte[] validJson;
    private static byte[] validCsv;
    private static Portfolio register;
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicLong PROBLEMS = new AtomicLong();

    private final DealValidator validator = new DealValidator();
    private final PortfolioFileReader reader = new PortfolioFileReader(validator);

    @BeforeContainer
    static void prepare() throws IOException {
        dir = Files.createTempDirectory("importer-fuzz");
        validJson = Files.readAllBytes(Path.of("src/test/resources/io/sample-portfolio.json"));
        ReadResult sample = new PortfolioJsonReader(new DealValidator()).read("sample.json",
                new String(validJson, StandardCharsets.UTF_8));
        assertThat(sample.problems()).isEmpty();
        register = new Portfolio("fuzz", sample.portfolio().parties(), List.of(), List.of());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new DealsCsvWriter().write(sample.portfolio().deals(), null, csv);
        validCsv = csv.toByteArray();
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        RunCounts.record("ImporterFuzzTest", "filesAccepted=" + ACCEPTED.get() + " filesRefused=" + REFUSED.get()
                + " problemsReported=" + PROBLEMS.get());
        Fuzzing.deleteTree(dir);
    }

    @Property
    @ScaledTries(ci = 250, full = 5000)
    void arbitraryBytesAsAPortfolioFile(@ForAll @Size(max = 3000) byte[] bytes) throws IOException {
        assertEndsInProblemsOrAPlan(bytes, "fuzz.json");
    }

    @Property
    @ScaledTries(ci = 250, full = 5000)
    void arbitraryBytesAsADealsCsv(@ForAll @Size(max = 3000) byte[] bytes) throws IOException {
        assertEndsInProblemsOrAPlan(bytes, "fuzz.csv");
    }

    @Property
    @ScaledTries(ci = 250, full = 5000)
    void jsonLikeNoise(@ForAll("jsonish") String text) throws IOException {
        assertEndsInProblemsOrAPlan(text.getBytes(StandardCharsets.UTF_8), "noise.json");
    }

    @Property
    @ScaledTries(ci = 250, full = 5000)
    void csvLikeNoise(@ForAll("csvish") String text) throws IOException {
        assertEndsInProblemsOrAPlan(text.getBytes(StandardCharsets.UTF_8), "noise.csv");
    }

    @Property
    @ScaledTries(ci = 500, full = 15000)
    void aDamagedPortfolioFile(@ForAll("damage") List<Fuzzing.Mutation> damage) throws IOException {
        assertEndsInProblemsOrAPlan(Fuzzing.mutate(validJson, damage), "damaged.json");
    }

    @Property
    @ScaledTries(ci = 500, full = 15000)
    void aDamagedDealsCsv(@ForAll("damage") List<Fuzzing.Mutation> damage) throws IOException {
        assertEndsInProblemsOrAPlan(Fuzzing.mutate(validCsv, damage), "damaged.csv");
    }

    @Provide
    Arbitrary<List<Fuzzing.Mutation>> damage() {
        return Fuzzing.mutations();
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\"deals\"", "\"parties\"", "\"id\"",
                "\"revisions\"", "\"value\"", "\"amount\"", "\"format\"", "\"computefolio-portfolio\"", "\"formatVersion\"",
                "1", "-1", "1e999", "0.125", "\"38000000000\"", "true", "null", "\"2025-02-30\"", "\"\\u0000\"", "\\",
                "\"USD\"", " ", "\n", "\uFEFF", "🚀", "\"x\"");
        return token.list().ofMaxSize(200).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> csvish() {
        String header = "id,title,buyer,counterparty,kind,direction,announced,status,basis,amount,currency,confidence,"
                + "term_start,term_months,capacity_gw,hardware,source_publisher,source_title,source_url,source_published,"
                + "source_quote,tags,notes\r\n";
        Arbitrary<String> cell = Arbitraries.of("", "a", "openai", "amazon", "CHIPS", "COMMITMENT", "2025-01-01", "DEFINITIVE",
                "TOTAL_OVER_TERM", "UNDISCLOSED", "38000000000", "-5", "1e3", "USD", "OFFICIAL", "2025-13", "84", "0.5",
                "https://example.com", "javascript:x", "\"", "\"quoted, cell\"", "'=cmd", "=1+1", "\r\n", "\n", ";", "🚀", "\u0000");
        return Arbitraries.of(true, false).flatMap(withHeader -> cell.list().ofMaxSize(120)
                .map(cells -> (withHeader ? header : "") + String.join(",", cells)));
    }

    private void assertEndsInProblemsOrAPlan(byte[] bytes, String fileName) throws IOException {
        Path file = dir.resolve(fileName);
        Files.write(file, bytes);

        ImportPlan plan = reader.plan(List.of(file), register);

        if (plan.ok()) {
            Portfolio imported = new Portfolio("fuzz", concat(register, plan), plan.deals(), plan.contextSeries());
            assertThat(validator.validatePortfolio(imported)).as("an accepted file gives a valid register").isEmpty();
            ACCEPTED.incrementAndGet();
        } else {
            for (Problem problem : plan.problems()) {
                assertThat(problem.file()).as("every problem names the file: %s", problem).isEqualTo(file.toString());
                assertThat(problem.message()).as("every problem says what is wrong").isNotBlank();
            }
            REFUSED.incrementAndGet();
            PROBLEMS.addAndGet(plan.problems().size());
        }
    }

    private static List<com.computefolio.domain.Party> concat(Portfolio register, ImportPlan plan) {
        List<com.computefolio.domain.Party> all = new java.util.ArrayList<>(register.parties());
        all.addAll(plan.newParties());
        return all;
    }
}
