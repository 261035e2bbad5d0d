package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppContext;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.ChartAggregates;
import com.computefolio.service.NettingLine;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealCells;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.GroupBy;
import com.computefolio.service.SummaryRow;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import com.computefolio.service.Contribution;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.export.ReportBuilder;
import com.computefolio.service.export.ReportProgress;
import com.computefolio.service.export.ReportRequest;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.deals.DealsViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of docs/architecture.md: the deals table's status bar, the command line's
 * {@code list} and {@code summary}, and the report add up the same deals to the same totals, cent
 * for cent, under any filter. Checked over generated registers (with deals in other currencies,
 * cancelled deals and several revisions per deal) under seeded random filters mixing search text,
 * parties, kinds, statuses, confidence, direction, a date window and an as-of date.
 */
class TotalsAgreeEverywhereTest {
    private static final int DEALS = 160;
    private static final long[] SEEDS = {11, 29};
    private static final int FILTERS_PER_REGISTER = 12;
    /** A report is slower to make than a total; every few filters make one. */
    private static final int REPORT_EVERY = 4;

    private static final ChartFonts FONTS = ChartFonts.load();

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void tableListSummaryAndReportAgreeCentForCentUnderRandomFilters() throws Exception {
        CliRunner cli = new CliRunner(home);
        int compared = 0;
        int withMoney = 0;
        for (long seed : SEEDS) {
            Path db = register(cli, seed);
            Portfolio stored;
            try (AppContext context = AppContext.open(db)) {
                stored = context.portfolioService().portfolio();
            }
            WorkspaceModel workspace = new WorkspaceModel();
            workspace.setPortfolio(stored);
            DealsViewModel table = new DealsViewModel(workspace, new DefaultAnalysisService(new ScheduleEngine()),
                    new CurrentThreadTaskExecutor(), Messages.english());
            Random random = new Random(seed);
            for (int i = 0; i < FILTERS_PER_REGISTER; i++) {
                DealFilter filter = randomFilter(stored, random);
                String described = "seed " + seed + ", filter " + filter;
                workspace.filterProperty().set(filter);
                SummaryRow shown = table.totals();

                JsonNode summary = runJson(cli, db, filter, "summary", "--by", randomGroup(random).name().toLowerCase(Locale.ROOT));
                JsonNode total = summary.get("total");
                assertThat(total.get("deals").asInt()).as(described).isEqualTo(shown.deals());
                assertThat(cents(total.get("commitments"))).as(described).isEqualTo(shown.commitmentsMinor());
                assertThat(cents(total.get("inflows"))).as(described).isEqualTo(shown.inflowsMinor());
                assertThat(kilowatts(total.get("capacityGw"))).as(described).isEqualTo(shown.kilowatts());
                assertThat(caveats(total)).as(described).isEqualTo(new java.util.TreeMap<>(shown.caveats()));

                JsonNode list = runJson(cli, db, filter, "list");
                assertThat(ids(list)).as(described).isEqualTo(table.rows().stream().map(DealRow::id).toList());
                assertThat(list.get("totals").get("deals").asInt()).as(described).isEqualTo(shown.deals());
                assertThat(cents(list.get("totals").get("commitments"))).as(described).isEqualTo(shown.commitmentsMinor());
                assertThat(cents(list.get("totals").get("inflows"))).as(described).isEqualTo(shown.inflowsMinor());

                if (i % REPORT_EVERY == 0) {
                    assertReportAgrees(stored, filter, shown, described);
                }
                compared++;
                withMoney += shown.commitmentsMinor() > 0 ? 1 : 0;
            }
        }
        assertThat(compared).isEqualTo(SEEDS.length * FILTERS_PER_REGISTER);
        // Random restrictions pile up; most filters must still leave money to add up, or agreeing proves little.
        assertThat(withMoney).isGreaterThan(compared / 2);
    }

    /** A generated register written as JSON and imported into a new database through the command line. */
    private Path register(CliRunner cli, long seed) throws Exception {
        Portfolio generated = new SyntheticPortfolioGenerator().generate(DEALS, seed);
        Path file = home.resolve("generated-" + seed + ".json");
        new PortfolioJsonWriter().write(generated, file);
        Path db = home.resolve("register-" + seed + ".db");
        CliRunner.Result imported = cli.run("--db", db.toString(), "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        return db;
    }

    /**
     * The report reads its deals and totals through the analysis service; every selection it asks
     * for must total what the table shows, and its title page must print those totals.
     */
    private void assertReportAgrees(Portfolio portfolio, DealFilter filter, SummaryRow shown, String described) throws Exception {
        Recording analysis = new Recording(new DefaultAnalysisService(new ScheduleEngine()));
        ChartFonts fonts = FONTS;
        ChartText text = ChartText.english();
        Clock clock = Clock.fixed(java.time.Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
        ReportBuilder reports = new ReportBuilder(analysis, new ChartModelFactory(analysis, text, clock),
                new JFreeChartFactory(fonts, text), fonts, text, clock);
        Path pdf = home.resolve("report.pdf");
        reports.build(portfolio, new ReportRequest(filter, List.of(), pdf, null), ReportProgress.NONE, () -> false);

        assertThat(analysis.selections).as(described).isNotEmpty();
        for (DealSelection selection : analysis.selections) {
            // Where umbrellas were netted, the title page also prints the gross sum of the same deals for comparison.
            if (!selection.filter().scenario().equals(filter.scenario())) {
                // The published-totals page has a row per scenario: the same filter, counted under another scenario.
                assertThat(selection.filter()).as(described).isEqualTo(filter.withScenario(selection.filter().scenario()));
                continue;
            }
            if (!filter.gross() && selection.filter().gross()) {
                assertThat(selection.filter()).as(described).isEqualTo(filter.withGross(true));
                continue;
            }
            assertThat(selection.filter()).as(described).isEqualTo(filter);
            assertThat(selection.totals()).as(described).isEqualTo(shown);
        }
        ValueFormat format = ValueFormat.english();
        String line = text.get("report.summary", shown.deals(), format.money(shown.commitmentsMinor(), "USD"),
                format.capacity(shown.kilowatts()));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).as(described).contains(line);
        }
    }

    private JsonNode runJson(CliRunner cli, Path db, DealFilter filter, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("--format", "json"));
        args.addAll(options(filter));
        CliRunner.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isEqualTo(ExitCodes.OK);
        return json.readTree(result.out());
    }

    /** The filter as a user types it on the command line; "--x=value" so that text starting with "-" stays a value. */
    private static List<String> options(DealFilter filter) {
        List<String> options = new ArrayList<>();
        if (filter.text() != null) {
            options.add("--search=" + filter.text());
        }
        addSet(options, "--party", filter.parties().stream().map(String::valueOf).toList());
        addSet(options, "--kind", filter.kinds().stream().map(Enum::name).toList());
        addSet(options, "--status", filter.statuses().stream().map(Enum::name).toList());
        addSet(options, "--confidence", filter.confidences().stream().map(Enum::name).toList());
        addSet(options, "--direction", filter.directions().stream().map(Enum::name).toList());
        if (filter.from() != null) {
            options.add("--from=" + filter.from());
        }
        if (filter.to() != null) {
            options.add("--to=" + filter.to());
        }
        if (filter.asOf() != null) {
            options.add("--as-of=" + filter.asOf());
        }
        return options;
    }

    private static void addSet(List<String> options, String name, List<String> values) {
        if (!values.isEmpty()) {
            options.add(name + "=" + values.stream().sorted().collect(Collectors.joining(",")));
        }
    }

    private static DealFilter randomFilter(Portfolio portfolio, Random random) {
        String text = random.nextInt(10) < 3 ? searchText(portfolio, random) : null;
        Set<String> parties = new LinkedHashSet<>();
        if (random.nextInt(10) < 2) {
            List<Party> all = portfolio.parties();
            parties.add(all.get(random.nextInt(all.size())).id());
            parties.add(all.get(random.nextInt(all.size())).id());
        }
        LocalDate from = random.nextInt(10) < 3 ? randomDate(random, 2018, 2031) : null;
        LocalDate to = random.nextInt(10) < 3 ? (from == null ? randomDate(random, 2019, 2032) : from.plusMonths(1 + random.nextInt(60))) : null;
        LocalDate asOf = random.nextInt(10) < 3 ? randomDate(random, 2018, 2027) : null;
        return new DealFilter(text, parties, someOf(DealKind.class, random), someOf(DealStatus.class, random),
                someOf(Confidence.class, random), from, to, asOf, someOf(MoneyDirection.class, random));
    }

    /** A piece of some deal's title, a party's name or a tag, in mixed case, sometimes padded with spaces. */
    private static String searchText(Portfolio portfolio, Random random) {
        Deal deal = portfolio.deals().get(random.nextInt(portfolio.deals().size()));
        List<String> candidates = new ArrayList<>(deal.tags());
        candidates.add(deal.title());
        portfolio.parties().stream().filter(p -> p.id().equals(deal.counterpartyId())).forEach(p -> candidates.add(p.name()));
        String source = candidates.get(random.nextInt(candidates.size()));
        int start = random.nextInt(Math.max(1, source.length() - 3));
        String piece = source.substring(start, Math.min(source.length(), start + 3 + random.nextInt(5)));
        piece = random.nextBoolean() ? piece.toUpperCase(Locale.ROOT) : piece;
        return random.nextInt(4) == 0 ? "  " + piece + " " : piece;
    }

    private static <E extends Enum<E>> Set<E> someOf(Class<E> type, Random random) {
        if (random.nextInt(10) >= 3) {
            return Set.of();
        }
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextBoolean()) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private static LocalDate randomDate(Random random, int firstYear, int lastYear) {
        return LocalDate.of(firstYear + random.nextInt(lastYear - firstYear + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static GroupBy randomGroup(Random random) {
        return GroupBy.values()[random.nextInt(GroupBy.values().length)];
    }

    private static long cents(JsonNode amount) {
        return new BigDecimal(amount.asText()).movePointRight(2).longValueExact();
    }

    private static long kilowatts(JsonNode gigawatts) {
        return new BigDecimal(gigawatts.asText()).movePointRight(6).longValueExact();
    }

    private static java.util.TreeMap<String, Integer> caveats(JsonNode row) {
        java.util.TreeMap<String, Integer> caveats = new java.util.TreeMap<>();
        row.get("caveats").fields().forEachRemaining(e -> caveats.put(e.getKey(), e.getValue().asInt()));
        return caveats;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("deals").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    /** Passes every call on and remembers each deal selection made, whichever method asked for it. */
    private static final class Recording implements AnalysisService {
        private final AnalysisService target;
        private final List<DealSelection> selections = new ArrayList<>();

        Recording(AnalysisService target) {
            this.target = target;
        }

        @Override
        public DealSelection select(Portfolio portfolio, DealSelectionQuery query, BooleanSupplier cancelled) {
            DealSelection selection = target.select(portfolio, query, cancelled);
            selections.add(selection);
            return selection;
        }

        @Override
        public Timeline timeline(Portfolio portfolio, TimelineQuery query) {
            return target.timeline(portfolio, query);
        }

        @Override
        public List<NettingLine> netting(Portfolio portfolio, DealFilter filter) {
            return target.netting(portfolio, filter);
        }

        @Override
        public List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex) {
            return target.contributions(portfolio, query, seriesKey, periodIndex);
        }

        @Override
        public Map<String, DealCells> cells(Portfolio portfolio, TimelineQuery query, YearMonth firstPeriod, int periodCount) {
            return target.cells(portfolio, query, firstPeriod, periodCount);
        }

        @Override
        public ChartAggregates chartAggregates(Portfolio portfolio, TimelineQuery query, boolean splitByConfidence) {
            return target.chartAggregates(portfolio, query, splitByConfidence);
        }
    }
}
