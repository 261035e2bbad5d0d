package com.computefolio.service.export;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.io.AtomicFiles;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealView;
import com.computefolio.service.GroupBy;
import com.computefolio.service.LocalNames;
import com.computefolio.service.NettingLine;
import com.computefolio.service.SummaryRow;
import com.computefolio.service.UnsourcedFigure;
import com.computefolio.service.UnsourcedFigures;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ContextKind;
import com.computefolio.service.chart.OverlayNames;
import com.computefolio.service.chart.DealSources;
import com.computefolio.service.chart.FilterDescription;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.chart.SourceIndex;
import com.computefolio.service.chart.SourceRef;
import com.computefolio.service.chart.ValueFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * Makes the report: one PDF with a title page, contents, the charts as vectors, the deals table
 * and a sources appendix whose numbers the charts' footnotes cite; optionally a pack folder beside
 * it. Reports progress and stops when asked to: a cancelled or failed report writes no PDF.
 * Meant to run off the FX thread.
 */
public final class ReportBuilder {

    /** Title-page room: beyond this many assumed placements the report says how many more (each chart's footnote names its own). */
    private static final int LISTED_PLACEMENTS = 16;

    private final AnalysisService analysis;
    private final ChartModelFactory models;
    private final JFreeChartFactory charts;
    private final ChartFonts fonts;
    private final ChartText text;
    private final Clock clock;
    private final ReportPainter painter;
    private final ReportPack pack;
    private final PublishedComparison comparison;
    private final ReportSections sections;

    public ReportBuilder(AnalysisService analysis, ChartModelFactory models, JFreeChartFactory charts, ChartFonts fonts,
                         ChartText text, Clock clock) {
        this.analysis = analysis;
        this.models = models;
        this.charts = charts;
        this.text = text;
        this.clock = clock;
        this.painter = new ReportPainter(fonts, text);
        ChartExporter exporter = new ChartExporter(charts, fonts);
        this.pack = new ReportPack(exporter, new DataExporter(text));
        this.fonts = fonts;
        this.comparison = new PublishedComparison(analysis, text);
        this.sections = new ReportSections(text);
    }

    /**
     * @param cancelled asked between steps; when it answers true the report stops with a
     *                  {@link CancellationException} and nothing is written
     */
    public ReportResult build(Portfolio portfolio, ReportRequest request, ReportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        return build(portfolio, request, progress, cancelled, target -> { });
    }

    /**
     * As {@link #build(Portfolio, ReportRequest, ReportProgress, BooleanSupplier)}, with every file
     * the report will write (the PDF and each pack file) passed to {@code checkTarget} before the
     * first is written, so a refused target leaves every file as it was.
     */
    public ReportResult build(Portfolio portfolio, ReportRequest request, ReportProgress progress, BooleanSupplier cancelled,
                              Consumer<Path> checkTarget) throws IOException {
        // Names and titles in the report's language (ADR 34): every table, section and summary below reads these views.
        LocalNames names = LocalNames.of(portfolio, text.locale());
        List<DealView> all = names.views(analysis.deals(portfolio, request.filter()));
        ReportScale scale = ReportScale.of(all);
        // At scale the appendix numbers only the listed deals' sources: the charts' footnotes then cite those.
        List<DealView> deals = scale.listed();
        java.util.Map<String, com.computefolio.domain.Deal> byId = new java.util.HashMap<>();
        all.forEach(v -> byId.put(v.deal().id(), v.deal()));
        List<UnsourcedFigure> unsourced = UnsourcedFigures.of(all.stream().map(DealView::deal).toList(), request.filter().asOf())
                .stream().map(f -> names.figure(f, byId.get(f.dealId()))).toList();
        SourceIndex sources = SourceIndex.of(withContextSources(portfolio, request, DealSources.of(deals)));
        int steps = request.charts().size();
        List<ChartModel> chartModels = new ArrayList<>();
        List<JFreeChart> drawn = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            ReportCancellation.check(cancelled);
            progress.update(0.6 * i / Math.max(1, steps), text.get("report.progress.charts", i + 1, steps));
            ChartRequest chartRequest = request.charts().get(i);
            ChartModel model = models.create(portfolio, chartRequest, sources);
            chartModels.add(model);
            drawn.add(charts.create(model));
        }
        ReportCancellation.check(cancelled);
        progress.update(0.65, text.get("report.progress.deals"));
        ReportContent content = new ReportContent(portfolio.name(), facts(portfolio, request, unsourced, all), summary(portfolio, request),
                glance(portfolio, request), text.get("report.note"), chartModels, drawn, DealRow.of(deals, analysis.netting(portfolio, request.filter()), text), sourceNumbers(deals, sources),
                painter.layOutSources(sources.refs()), netting(portfolio, request), comparison.page(portfolio, request.filter(), sources),
                placements(chartModels), sections.dealsTitle(scale), sections.tables(scale, unsourced));
        checkTarget.accept(request.out());
        if (request.pack() != null) {
            for (int i = 0; i < chartModels.size(); i++) {
                ReportPack.files(request.pack(), i + 1, chartModels.get(i)).forEach(checkTarget);
            }
        }
        ReportCancellation.check(cancelled);
        progress.update(0.8, text.get("report.progress.saving"));
        ReportPdf pdf = new ReportPdf(painter, fonts, text, clock);
        int[] pages = new int[1];
        AtomicFiles.write(request.out(), out -> pages[0] = pdf.write(content, out, cancelled));

        List<Path> packFiles = new ArrayList<>();
        if (request.pack() != null) {
            for (int i = 0; i < chartModels.size(); i++) {
                ReportCancellation.check(cancelled);
                progress.update(0.9 + 0.1 * i / chartModels.size(), text.get("report.progress.pack", chartModels.get(i).title()));
                packFiles.addAll(pack.write(request.pack(), i + 1, chartModels.get(i), drawn.get(i)));
            }
        }
        progress.update(1.0, text.get("report.progress.done"));
        return new ReportResult(request.out(), pages[0], packFiles);
    }

    /**
     * The deals' sources and those of the context the report shows (the charts' overlays and the
     * published totals of the comparison page), so that the appendix numbers them all.
     */
    private static List<Source> withContextSources(Portfolio portfolio, ReportRequest request, List<Source> dealSources) {
        List<String> names = request.charts().stream().flatMap(c -> c.overlays().stream()).distinct().toList();
        List<ContextSeries> shown = new ArrayList<>(OverlayNames.resolve(portfolio.contextSeries(), names));
        portfolio.contextSeries().stream().filter(s -> ContextKind.of(s).orElse(null) == ContextKind.COMMITMENTS)
                .filter(s -> !shown.contains(s)).forEach(shown::add);
        List<Source> all = new ArrayList<>(dealSources);
        shown.forEach(s -> s.points().forEach(p -> all.addAll(p.sources())));
        return all;
    }

    private List<String> facts(Portfolio portfolio, ReportRequest request, List<UnsourcedFigure> unsourced, List<DealView> deals) {
        LocalDate asOf = request.filter().asOf();
        List<String> facts = new ArrayList<>();
        facts.add(text.get("report.filters", new FilterDescription(text).describe(request.filter(), portfolio.partiesById())));
        // Whose deals these are, named in the reader's language: no table or chart of the report names the buyer
        List<String> buyers = deals.stream().map(DealView::buyerName).distinct().sorted().toList();
        if (!buyers.isEmpty()) {
            facts.add(text.get("report.buyers", String.join(text.get("report.list.separator"), buyers)));
        }
        facts.add(asOf == null ? text.get("report.asOf.latest") : text.get("report.asOf", asOf.toString()));
        facts.add(text.get("report.generated", LocalDate.now(clock).toString()));
        facts.add(sections.unsourcedFact(unsourced));
        return facts;
    }

    private String summary(Portfolio portfolio, ReportRequest request) {
        SummaryRow total = analysis.summary(portfolio, request.filter(), GroupBy.NONE).total();
        ValueFormat format = new ValueFormat(text);
        return text.get("report.summary", total.deals(), format.money(total.commitmentsMinor(), "USD"),
                format.capacity(total.kilowatts()));
    }

    /**
     * One paragraph per umbrella that overlap netting reduced (gross, named parts, counted), then
     * the gross sum of the same deals; nothing when nothing was netted.
     */
    private List<String> netting(Portfolio portfolio, ReportRequest request) {
        List<NettingLine> lines = LocalNames.of(portfolio, text.locale()).netting(analysis.netting(portfolio, request.filter()));
        if (lines.isEmpty()) {
            return List.of();
        }
        ValueFormat format = new ValueFormat(text);
        List<String> paragraphs = new ArrayList<>();
        for (NettingLine line : lines) {
            String money = line.moneyDisclosed()
                    ? text.get("report.netted.money", format.money(line.grossMinor(), line.currency()),
                            format.money(line.partsMinor(), line.currency()), format.money(line.countedMinor(), line.currency()))
                    : text.get("report.netted.noMoney");
            paragraphs.add(text.get("report.netted.line", line.umbrellaTitle(), money, format.capacity(line.grossKilowatts()),
                    format.capacity(line.partsKilowatts()), format.capacity(line.countedKilowatts()), String.join(", ", line.partIds())));
        }
        SummaryRow gross = analysis.summary(portfolio, request.filter().withGross(true), GroupBy.NONE).total();
        paragraphs.add(text.get("report.netted.gross", format.money(gross.commitmentsMinor(), "USD"), format.capacity(gross.kilowatts())));
        return paragraphs;
    }

    /**
     * Every deal any of the report's charts places at times no source states, once, in the order
     * the charts list them (at most {@value #LISTED_PLACEMENTS}, then how many more).
     */
    private List<String> placements(List<ChartModel> chartModels) {
        java.util.Map<String, String> byDeal = new java.util.LinkedHashMap<>();
        chartModels.forEach(m -> m.placements().forEach(p -> byDeal.putIfAbsent(p.dealId(), p.text())));
        List<String> sentences = new ArrayList<>(byDeal.values());
        if (sentences.size() > LISTED_PLACEMENTS + 1) {
            int more = sentences.size() - LISTED_PLACEMENTS;
            sentences = new ArrayList<>(sentences.subList(0, LISTED_PLACEMENTS));
            sentences.add(text.get("report.placements.more", more));
        }
        return sentences;
    }

    /** The largest counterparties by commitments, for the title page. */
    private List<SummaryRow> glance(Portfolio portfolio, ReportRequest request) {
        return LocalNames.of(portfolio, text.locale()).summary(analysis.summary(portfolio, request.filter(), GroupBy.COUNTERPARTY)).rows().stream()
                .sorted(java.util.Comparator.comparingLong(SummaryRow::commitmentsMinor).reversed()
                        .thenComparing(java.util.Comparator.comparingLong(SummaryRow::kilowatts).reversed())
                        .thenComparing(SummaryRow::label))
                .toList();
    }

    /** "[3, 7]" per deal: the appendix numbers of the deal's sources; "unsourced" first when its value is (ADR 21). */
    private List<String> sourceNumbers(List<DealView> deals, SourceIndex sources) {
        return deals.stream().map(d -> {
            String numbers = sources.refsFor(DealSources.of(d)).stream().map(SourceRef::number).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
            numbers = numbers.equals("[]") ? "" : numbers;
            boolean unsourced = d.revision().value().unsourced();
            return unsourced ? (text.get("report.unsourced.mark") + (numbers.isEmpty() ? "" : " " + numbers)) : numbers;
        }).toList();
    }
}
