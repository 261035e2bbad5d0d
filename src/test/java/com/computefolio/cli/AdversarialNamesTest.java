package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.LinkType;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that an import would refuse can still be in a database (written by an older version or by
 * another tool). Put there through the store, past every import check, they must not break a single
 * export, report or terminal: every SVG passes xmllint, every command exits 0 with a valid file,
 * nothing is logged as SEVERE, and no control character reaches the terminal.
 */
class AdversarialNamesTest {

    /** ESC with a colour sequence, NUL, BEL, DEL, NEL, CSI (C1), noncharacters, a right-to-left override, markup. */
    static final String EVIL = "Evil\u001b[31mRed\u0000\u0007\u007f\u0085\u009b2J\ufffe\uffff\u202eksed\u202c <script>&\"'";
    private static final String LONG_TITLE = EVIL + "x".repeat(100_000);

    @TempDir
    static Path home;

    private static CliRunner cli;
    private static String db;
    private static final List<LogRecord> SEVERE = new ArrayList<>();
    private static final Handler RECORDER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                SEVERE.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path out;

    @BeforeAll
    static void seedAdversarialNames() {
        cli = new CliRunner(home);
        db = home.resolve("adversarial.db").toString();
        assertThat(cli.run("--db", db, "init").exitCode()).isZero();
        Source evilSource = new Source("S-evil", EVIL, EVIL, "https://example.com/evil", LocalDate.of(2025, 1, 1), EVIL);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(Path.of(db))) {
            store.saveParty(new Party("evil-party", EVIL, PartyKind.NEOCLOUD));
            store.saveParty(new Party("evil-lab", LONG_TITLE, PartyKind.AI_LAB));
            store.importAll(List.of(), List.of(
                    DealBuilder.deal("evil-deal").title(LONG_TITLE).buyer("evil-lab").counterparty("evil-party")
                            .tags(EVIL).notes(EVIL + "\n" + EVIL).change(EVIL).value("12", ValueBasis.TOTAL_OVER_TERM)
                            .term("2025-06", 24).sources(evilSource).build(),
                    DealBuilder.deal("evil-deal-2").title(EVIL).buyer("openai").counterparty("evil-party")
                            .link(LinkType.RELATED, "evil-deal")
                            .value("3", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).sources(evilSource).build()),
                    List.of());
        }
        Logger.getLogger("").addHandler(RECORDER);
    }

    @AfterAll
    static void stopRecording() {
        Logger.getLogger("").removeHandler(RECORDER);
    }

    private CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db;
        System.arraycopy(args, 0, withDb, 2, args.length);
        CliRunner.Result r = cli.run(withDb);
        assertThat(r.exitCode()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        assertNothingDrivesTheTerminal(r.out() + r.err());
        assertThat(r.out() + r.err()).doesNotContain("\tat ", "Exception");
        assertThat(SEVERE).as("SEVERE log records").isEmpty();
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"commitments", "cumulative", "capacity", "timeline"})
    void everyChartTypeWritesAnSvgThatXmllintAccepts(String type) throws Exception {
        for (String by : List.of("counterparty", "buyer", "kind")) {
            Path svg = out.resolve(type + "-" + by + ".svg");

            run("chart", "--type", type, "--by", by, "--search", "evil", "--out", svg.toString());

            assertXmllintAccepts(svg);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chart.pdf", "chart.png", "chart.csv", "chart.xlsx"})
    void theOtherChartFilesAreWritten(String file) throws IOException {
        Path target = out.resolve(file);

        run("chart", "--type", "timeline", "--out", target.toString());

        assertThat(Files.size(target)).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deals.json", "deals.csv"})
    void dealExportsAreWritten(String file) throws IOException {
        Path target = out.resolve(file);

        run("export", "--out", target.toString());

        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void theReportAndItsPackAreWrittenWithValidSvgs() throws Exception {
        Path pdf = out.resolve("report.pdf");
        Path pack = out.resolve("pack");

        run("report", "--out", pdf.toString(), "--pack", pack.toString());

        assertThat(Files.size(pdf)).isPositive();
        try (Stream<Path> files = Files.list(pack)) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                assertXmllintAccepts(svg);
            }
        }
    }

    @Test
    void terminalOutputShowsControlCharactersAsEscapes() {
        CliRunner.Result list = run("list");
        CliRunner.Result show = run("show", "evil-deal-2");
        CliRunner.Result json = run("show", "evil-deal-2", "--format", "json");
        CliRunner.Result csv = run("list", "--format", "csv");

        assertThat(list.out()).contains("Evil\\u001B[31mRed\\u0000\\u0007\\u007F\\u0085\\u009B2J");
        assertThat(show.out()).contains("\\u202Eksed\\u202C <script>");
        assertThat(json.out() + csv.out()).contains("\\u001B").contains("\\u202E");
    }

    static void assertNothingDrivesTheTerminal(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            assertThat(TerminalText.drivesTerminal(c)).as("U+%04X at %d", (int) c, i).isFalse();
            if (c == '\r') {
                assertThat(i + 1 < printed.length() && printed.charAt(i + 1) == '\n').as("a lone carriage return").isTrue();
            }
        }
    }

    private static void assertXmllintAccepts(Path svg) throws IOException, InterruptedException {
        Process xmllint = new ProcessBuilder("xmllint", "--noout", svg.toString()).redirectErrorStream(true).start();
        String said = new String(xmllint.getInputStream().readAllBytes());
        assertThat(xmllint.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(xmllint.exitValue()).as("xmllint %s: %s", svg.getFileName(), said).isZero();
    }
}
