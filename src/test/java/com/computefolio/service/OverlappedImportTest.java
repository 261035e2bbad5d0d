package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Problem;
import com.computefolio.store.CheckedImport;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.TableDump;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import writes its guess while the checks run on another thread (CheckedImport#guess): what it
 * commits must be exactly what the checked road (checks first, then writes) commits, and a problem
 * the checks find late must leave the register as it was, however much of the guess was written.
 */
class OverlappedImportTest {

    /** More than the store's 200 deals before it reads stored versions in one pass. */
    private static final int DEALS = 260;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void commitsTheSameRowsAndAuditEntriesAsTheCheckedRoad() throws Exception {
        Path first = dir.resolve("first.json");
        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(DEALS, 5), first);
        // The same file again with some deals renamed (replaced), copies under new ids (added) and the rest as they were.
        Path second = dir.resolve("second.json");
        Files.copy(first, second);
        edit(second, root -> {
            ArrayNode deals = (ArrayNode) root.get("deals");
            for (int i = 0; i < DEALS; i += 7) {
                ((ObjectNode) deals.get(i)).put("title", "Renamed " + i);
                deals.add(((ObjectNode) deals.get(i + 1).deepCopy()).put("id", "copy-" + i));
            }
        });

        Path overlapped = dir.resolve("overlapped.db");
        Path checked = dir.resolve("checked.db");
        for (Path file : List.of(first, second)) {
            importInto(overlapped, false, file);
            importInto(checked, true, file);
        }

        Map<String, List<String>> rows = withoutTimes(TableDump.of(overlapped));
        Map<String, List<String>> expected = withoutTimes(TableDump.of(checked));
        assertThat(rows.keySet()).isEqualTo(expected.keySet());
        expected.forEach((table, expectedRows) -> assertThat(rows.get(table)).as(table).containsExactlyElementsOf(expectedRows));
        assertThat(rows.get("deal")).hasSize(DEALS + (DEALS + 6) / 7);
        assertThat(rows.get("audit_entry")).anySatisfy(row -> assertThat(row).contains("IMPORT_REPLACED"));
    }

    @Test
    void aGuessTheChecksDecideOtherwiseIsTakenBackBeforeTheirPlanIsWritten() throws Exception {
        Path first = dir.resolve("first.json");
        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(DEALS, 7), first);
        // A source the register has with another title: kept as in the register, so every deal citing it is rewritten.
        Path clashing = dir.resolve("clashing.json");
        Files.copy(first, clashing);
        edit(clashing, root -> ((ObjectNode) root.get("sources").get(0)).put("title", "Another title"));
        ImportOptions keep = ImportOptions.DEFAULT.withClashes(ImportOptions.Clashes.KEEP_EXISTING);

        Path overlapped = dir.resolve("overlapped.db");
        Path checked = dir.resolve("checked.db");
        importInto(overlapped, false, first, ImportOptions.DEFAULT);
        importInto(checked, true, first, ImportOptions.DEFAULT);
        ImportResult result = importInto(overlapped, false, clashing, keep);
        importInto(checked, true, clashing, keep);

        assertThat(result.sourcesKept()).isEqualTo(1);
        Map<String, List<String>> rows = withoutTimes(TableDump.of(overlapped));
        withoutTimes(TableDump.of(checked)).forEach((table, expectedRows) ->
                assertThat(rows.get(table)).as(table).containsExactlyElementsOf(expectedRows));
    }

    static Stream<Arguments> lateProblems() {
        return Stream.of(
                Arguments.of("a buyer no register or file has", "buyer",
                        (Consumer<ObjectNode>) deal -> deal.put("buyer", "no-such-party")),
                Arguments.of("a link to a deal no register or file has", "links[0].deal",
                        (Consumer<ObjectNode>) deal -> deal.putArray("links").addObject()
                                .put("type", "RELATED").put("deal", "no-such-deal")),
                Arguments.of("an empty title, which the database would take", "title",
                        (Consumer<ObjectNode>) deal -> deal.put("title", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateProblems")
    void aProblemInTheLastDealLeavesTheRegisterAsItWasAndIsLocated(String what, String field, Consumer<ObjectNode> spoil)
            throws Exception {
        Path db = dir.resolve("register.db");
        Path good = dir.resolve("good.json");
        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(40, 9), good);
        importInto(db, false, good);
        Map<String, List<String>> before = TableDump.of(db);
        Path bad = dir.resolve("bad.json");
        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(DEALS, 11), bad);
        edit(bad, root -> {
            ArrayNode deals = (ArrayNode) root.get("deals");
            spoil.accept((ObjectNode) deals.get(deals.size() - 1));
        });

        ValidationException refused;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            refused = catchThrowableOfType(ValidationException.class,
                    () -> new DefaultPortfolioService(store, new DealValidator()).importFiles(List.of(bad)));
        }

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.problems()).as(what).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(bad.toString());
            assertThat(p.path()).isEqualTo("$.deals[" + (DEALS - 1) + "]." + field);
            assertThat(p.line()).isPositive();
        });
        assertThat(TableDump.of(db)).as(what).isEqualTo(before);
    }

    private static void importInto(Path db, boolean checksFirst, Path file) throws ValidationException {
        importInto(db, checksFirst, file, ImportOptions.DEFAULT);
    }

    private static ImportResult importInto(Path db, boolean checksFirst, Path file, ImportOptions options)
            throws ValidationException {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            PortfolioStore used = checksFirst ? checksFirst(store) : store;
            return new DefaultPortfolioService(used, new DealValidator()).importFiles(List.of(file), options);
        }
    }

    /** The store as it was before the overlap: every import's checks run first, and no guess is written. */
    private static PortfolioStore checksFirst(PortfolioStore store) {
        return (PortfolioStore) Proxy.newProxyInstance(PortfolioStore.class.getClassLoader(), new Class<?>[] {PortfolioStore.class},
                (proxy, method, args) -> {
                    Object[] passed = args;
                    if (method.getName().equals("importChecked")) {
                        passed = args.clone();
                        passed[0] = withoutGuess((CheckedImport<?, ?>) args[0]);
                    }
                    return call(store, method, passed);
                });
    }

    private static <T, X extends Exception> CheckedImport<T, X> withoutGuess(CheckedImport<T, X> checkedImport) {
        return checkedImport::check;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void edit(Path file, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** The audit's and the schema's time stamps say when each road ran, which differs between them. */
    private static Map<String, List<String>> withoutTimes(Map<String, List<String>> dump) {
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        dump.forEach((table, rows) -> cleaned.put(table,
                rows.stream().map(row -> row.replaceAll("(at_utc|applied_at)=[^|]*", "$1=?")).sorted().toList()));
        return cleaned;
    }
}
