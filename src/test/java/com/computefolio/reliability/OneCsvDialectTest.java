package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.ValueBasis;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV Computefolio writes, written from one register whose names a spreadsheet would run as
 * formulas and whose texts need quoting: the deals CSV export, a chart's data, the report pack's
 * CSVs and the command line's list, summary, timeline and flows with {@code --format csv}. All must be one
 * dialect: a byte-order mark, CRLF after every row and nowhere a bare LF, RFC 4180 quoting, and
 * every formula-like text cell behind an apostrophe.
 */
class OneCsvDialectTest {

    /** A title that needs quoting (comma, quote) and guarding (leading "="), and a party name that needs guarding. */
    private static final String TITLE = "=HYPERLINK(\"http://x\"),\"quoted\"";
    private static final String PARTY = "@Evil, Inc.";

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void createRegister() throws Exception {
        db = dir.resolve("register.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
            store.saveParty(new Party("evil", PARTY, PartyKind.NEOCLOUD));
            store.saveDeal(DealBuilder.deal("evil-deal").title(TITLE).counterparty("evil")
                    .value("1.5", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 24).build(), false);
            store.saveDeal(DealBuilder.deal("plain-deal").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build(), false);
        }
    }

    @Test
    void everyCsvTheProductWritesIsOneDialectWithOneFormulaGuard() throws Exception {
        Map<String, String> written = new LinkedHashMap<>();
        Path deals = dir.resolve("deals.csv");
        run("export", "--format", "csv", "--out", deals.toString());
        written.put("export deals.csv", read(deals));
        Path series = dir.resolve("series.csv");
        run("chart", "--type", "commitments", "--by", "counterparty", "--format", "csv", "--out", series.toString());
        written.put("chart data", read(series));
        Path pack = dir.resolve("pack");
        run("report", "--out", dir.resolve("report.pdf").toString(), "--pack", pack.toString());
        try (Stream<Path> files = Files.list(pack)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                written.put("report pack " + csv.getFileName(), read(csv));
            }
        }
        written.put("list", run("list", "--format", "csv"));
        written.put("summary", run("summary", "--by", "counterparty", "--format", "csv"));
        written.put("timeline", run("timeline", "--by", "counterparty", "--format", "csv"));
        written.put("flows", run("flows", "--format", "csv"));

        // deals, chart data, 5 report pack files, list, summary, timeline, flows
        assertThat(written.keySet()).hasSize(11);
        for (Map.Entry<String, String> file : written.entrySet()) {
            String text = file.getValue();
            assertThat(text).as(file.getKey()).startsWith("\uFEFF").endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).as(file.getKey() + ": no bare line end").doesNotContain("\n", "\r");
            for (List<String> row : parse(text)) {
                for (String cell : row) {
                    assertThat(cell).as(file.getKey() + ": every formula-like cell is guarded").doesNotMatch("^[=+@\\t\\r].*|^-[^0-9].*");
                }
            }
        }
        for (String withTheTitle : List.of("export deals.csv", "list")) {
            assertThat(written.get(withTheTitle)).as(withTheTitle).contains("\"'=HYPERLINK(\"\"http://x\"\"),\"\"quoted\"\"\"");
            assertThat(parse(written.get(withTheTitle)).stream().flatMap(List::stream)).contains("'" + TITLE);
        }
        for (String withTheParty : List.of("chart data", "summary", "flows")) {
            assertThat(parse(written.get(withTheParty)).stream().flatMap(List::stream)).as(withTheParty)
                    .anyMatch(cell -> cell.startsWith("'" + PARTY));
        }
        assertThat(written.keySet().stream().filter(k -> k.startsWith("report pack")))
                .anySatisfy(k -> assertThat(parse(written.get(k)).stream().flatMap(List::stream))
                        .anyMatch(cell -> cell.startsWith("'" + PARTY)));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<List<String>> parse(String text) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text.substring(1))) {
            it.forEachRemaining(rows::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private String run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", dir.resolve("home").toString()));
        int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(all.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }
}
