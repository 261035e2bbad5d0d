package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.InputLimits;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.InMemoryPortfolioStore;
import com.computefolio.testing.PortfolioBuilder;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of src/test/resources/bad-input is refused by an import with the problem named in
 * expected.properties, located in the file, and the register is left exactly as it was.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final String EXPECTATIONS = "expected.properties";
    /** Files refused as a whole, before any line can be read: their problems name the file only. */
    private static final Set<String> WITHOUT_LINES = Set.of("empty.json", "whitespace-only.json", "binary.json",
            "utf16.json", "deals.txt");

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.holding(register());
    private final Portfolio before = store.load();
    private final DefaultPortfolioService service = new DefaultPortfolioService(store, new DealValidator());

    static Stream<Arguments> corpus() throws IOException {
        Properties expected = expectations();
        return new TreeSet<>(expected.stringPropertyNames()).stream()
                .map(file -> Arguments.of(file, expected.getProperty(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFileIsRefusedWithALocatedProblemAndNothingIsWritten(String file, String fragment) {
        Path path = CORPUS.resolve(file);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importFiles(List.of(path)));

        assertThat(refused).as("import of %s", file).isNotNull();
        assertThat(refused.problems()).as("problems of %s", file)
                .anySatisfy(problem -> {
                    assertThat(problem.describe()).contains(fragment);
                    assertThat(problem.file()).isEqualTo(path.toString());
                    if (!WITHOUT_LINES.contains(file)) {
                        assertThat(problem.line()).isPositive();
                        assertThat(problem.column()).isPositive();
                    }
                });
        assertRegisterUnchanged();
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectedProblemAndThereAreAtLeast90() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(CORPUS)) {
            listing.map(p -> p.getFileName().toString()).filter(n -> !n.equals(EXPECTATIONS)).forEach(files::add);
        }

        assertThat(expectations().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void importingTheWholeCorpusAtOnceReportsTheProblemsOfEveryFile() throws IOException {
        Properties expected = expectations();
        List<Path> all = new TreeSet<>(expected.stringPropertyNames()).stream().map(CORPUS::resolve).toList();

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> service.importFiles(all));

        List<String> described = refused.problems().stream().map(Problem::describe).toList();
        for (String file : expected.stringPropertyNames()) {
            assertThat(described).as(file).anyMatch(d -> d.contains(file) && d.contains(expected.getProperty(file)));
        }
        assertRegisterUnchanged();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(InputLimits.MAX_FILE_BYTES + 1); // sparse: no disk space, no time
        }

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importFiles(List.of(huge)));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(huge.toString());
            assertThat(p.message()).isEqualTo("The file is 268435457 bytes, larger than the limit of 256 MB; it was not read.");
        });
        assertRegisterUnchanged();
    }

    private void assertRegisterUnchanged() {
        assertThat(store.writes()).isZero();
        assertThat(store.load()).isEqualTo(before);
    }

    private static Properties expectations() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(CORPUS.resolve(EXPECTATIONS), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** The register the corpus is imported into: the two parties the files use, and one deal. */
    private static Portfolio register() {
        return PortfolioBuilder.portfolio()
                .party("openai", "OpenAI", PartyKind.AI_LAB)
                .party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD)
                .deals(DealBuilder.deal("existing-deal").value("10", ValueBasis.TOTAL_OVER_TERM).term("2025-01", 12).build())
                .build();
    }
}
