package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.domain.Source;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.ChartAggregates;
import com.computefolio.service.DealCells;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.GroupBy;
import com.computefolio.service.LocalNames;
import com.computefolio.service.Measure;
import com.computefolio.service.NettingLine;
import com.computefolio.service.TimelineQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds the model of a stacked chart over periods (commitments, cumulative, capacity) from the
 * sums the analysis service aggregates in one pass over the matched deals ({@link ChartAggregates}).
 *
 * <p>Money charts are split by confidence, so each group becomes up to three stacked series,
 * official at the bottom, then reported, then estimated, each drawn in its own style, and each split
 * again by its figures' marks ({@link MarkedSeries}). The service stays the only place that adds
 * money up; which deals make up a segment is asked of it only when a hover, a click or an export
 * names them.
 */
final class PeriodicChartBuilder {

    /** Beyond this many groups the smallest are gathered into "Other", so colours stay distinct. */
    static final int MAX_NAMED_GROUPS = ChartGroups.MAX_NAMED_GROUPS;

    private final AnalysisService analysis;
    private final ChartText text;
    private final ChartNotes notes;
    private final Palette palette = new Palette();
    private final ChartTitles titles;
    private final ContextOverlays overlays;
    private final ChartGroups groups;
    private final MarkedSeries marked;
    private final ChartLegends legends;
    private final AssumedPlacements placements;
    /** Charts are computed on background threads, the newest request winning: read and replaced whole. */
    private volatile NumberedSources lastNumbered;
    private volatile OrderedSources lastOrder;

    PeriodicChartBuilder(AnalysisService analysis, ChartText text) {
        this.analysis = analysis;
        this.text = text;
        this.notes = new ChartNotes(text);
        this.titles = new ChartTitles(text);
        this.overlays = new ContextOverlays(text);
        this.groups = new ChartGroups(text);
        this.marked = new MarkedSeries(text);
        this.legends = new ChartLegends(text);
        this.placements = new AssumedPlacements(text);
    }

    ChartModel build(Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated, String title) {
        DealFilter filter = effectiveFilter(request);
        Measure measure = request.type().measure();
        List<Confidence> parts = parts(request, filter);
        ChartAggregates aggregates = analysis.chartAggregates(portfolio, query(request, filter, measure), parts.get(0) != null);
        // Parties' names and deals' titles in the chart's language (ADR 34): legends, tooltips and footnotes read these.
        LocalNames names = LocalNames.of(portfolio, text.locale());
        Map<String, DealView> viewsById = new HashMap<>(aggregates.views().size() * 2);
        aggregates.views().forEach(v -> viewsById.putIfAbsent(v.deal().id(), v));
        Function<String, DealView> localView = id -> viewsById.containsKey(id) ? names.view(viewsById.get(id)) : null;
        Set<String> keptParties = keptParties(request.filter(), aggregates.views());
        Predicate<ContextSeries> admitted = s -> request.filter().admitsCompany(s.partyId(), keptParties);
        List<ContextSeries> context = CapacityOverlays.of(portfolio, request).stream().filter(admitted).toList();
        List<YearMonth> periods = commonPeriods(aggregates.periodStarts(), request, context);
        int offset = aggregates.periodStarts().isEmpty() ? 0 : periods.indexOf(aggregates.periodStarts().get(0));

        List<ChartGroups.Group> ranked = groups.ranked(aggregates, seriesValues(aggregates, periods.size(), offset, request.cumulative()),
                request.groupBy(), request.cumulative(), names);
        List<ChartGroups.Group> shown = groups.gatherOther(ranked);
        Map<String, ChartColor> colours = palette.assign(request.groupBy(), shown.stream().map(g -> g.key).toList());
        List<NettingLine> netting = names.netting(aggregates.netting());
        List<ChartSeries> series = marked.of(shown, parts, colours, request.groupBy(), new MarkedSeries.Sums(aggregates,
                bucketValues(aggregates, periods.size(), offset, request.cumulative()), remainders(netting, measure),
                measure == Measure.CAPACITY));
        String currency = measure == Measure.MONEY ? "USD" : null;
        // Which deals make up each segment is asked only by a hover, a click or an export that names them.
        int periodCount = periods.size();
        CellIndex cells = CellIndex.lazy(request.cumulative(), () -> ChartCells.index(series,
                titled(dealCells(portfolio, request, filter, periods), viewsById, names), periodCount, request.cumulative()));

        List<String> drawn = series.stream().flatMap(s -> s.dealIds().stream()).distinct().toList();
        // Two kinds of context: compute online on the capacity chart (CapacityOverlays) and the money
        // series chosen for the commitments charts (ContextOverlays); one index numbers both with the deals.
        List<ContextSeries> money = OverlayNames.drawsOverlays(request.type())
                ? OverlayNames.resolve(portfolio.contextSeries().stream().filter(admitted).toList(), request.overlays())
                : List.of();
        List<Source> contextSources = new ArrayList<>(CapacityOverlays.sources(context));
        contextSources.addAll(ContextOverlays.sources(money));
        SourceIndex numbering = sourceIndex(portfolio, drawn, viewsById, sharedIndex, contextSources);
        List<SourceRef> refs = numbering.refs();
        ContextOverlays.Drawn contextDrawn = money.isEmpty() || periods.isEmpty() ? ContextOverlays.Drawn.NONE
                : overlays.build(money, numbering);
        List<ChartOverlay> lines = new ArrayList<>();
        context.forEach(c -> lines.add(CapacityOverlays.overlay(c, numbering)));
        lines.addAll(contextDrawn.lines());

        List<String> undisclosed = parts.stream().flatMap(p -> aggregates.undisclosed().getOrDefault(p, List.of()).stream())
                .distinct().toList();
        List<String> undisclosedTitles = measure == Measure.MONEY
                ? undisclosed.stream().map(id -> viewsById.containsKey(id) ? localView.apply(id).title() : id).toList()
                : List.of();
        Map<String, Integer> caveats = new HashMap<>();
        series.forEach(s -> s.caveats().forEach((k, n) -> caveats.merge(k, n, Integer::sum)));
        if (measure == Measure.CAPACITY) {
            // Ceilings, estimates and currencies qualify money; gigawatts are placed by term alone.
            caveats.keySet().retainAll(Set.of(ScheduleFlag.TERM_ASSUMED.name(), ScheduleFlag.TERM_UNKNOWN.name(),
                    ScheduleFlag.NETTED.name()));
        }

        LocalDate asOf = request.filter().asOf();
        String lead = text.get("chart.subtitle.groupBy", text.get("groupBy." + request.groupBy().name()),
                text.get("period." + request.granularity().name()));
        String subtitle = notes.subtitle(lead, request.filter(), portfolio.partiesById(), asOf, generated, drawn.size());
        String footnote = notes.withOverlays(notes.footnote(refs, undisclosedTitles, caveats, null,
                netting, measure == Measure.CAPACITY), contextDrawn);
        List<AssumedPlacement> assumed = placements.of(series, placedFlags(aggregates), localView);
        footnote = notes.withPlacements(footnote, assumed);

        return new ChartModel(request, title, subtitle, footnote, text.get("axis.time"),
                titles.valueAxisLabel(request, currency), measure == Measure.MONEY ? ValueUnit.BILLIONS : ValueUnit.GIGAWATTS,
                currency, periods, periods.stream().map(request.granularity()::label).toList(), series,
                legends.of(shown, series, colours, request), List.of(), refs, measure == Measure.MONEY ? undisclosed : List.of(),
                asOf, generated, cells, lines, contextDrawn.ranges(), assumed);
    }

    /**
     * The parts each group is split into: its confidences (all, or those the filter keeps) on money
     * charts not grouped by confidence; else one part, null.
     */
    private static List<Confidence> parts(ChartRequest request, DealFilter filter) {
        boolean split = request.type().measure() == Measure.MONEY && request.groupBy() != GroupBy.CONFIDENCE;
        if (!split) {
            return Collections.singletonList(null);
        }
        return List.copyOf(filter.confidences().isEmpty() ? EnumSet.allOf(Confidence.class) : EnumSet.copyOf(filter.confidences()));
    }

    /**
     * Context belongs to a company: with parties named in the filter, only that of the kept deals'
     * parties (without, every company's context is admitted and the kept parties are not asked).
     */
    private static Set<String> keptParties(DealFilter filter, List<DealView> kept) {
        if (!filter.namesCompanies()) {
            return Set.of();
        }
        Set<String> parties = new HashSet<>();
        kept.forEach(v -> {
            parties.add(v.deal().buyerId());
            parties.add(v.deal().counterpartyId());
        });
        return parties;
    }

    /** Each aggregated series' values on the chart's periods: the sum of its buckets'. */
    private static List<long[]> seriesValues(ChartAggregates aggregates, int periodCount, int offset, boolean cumulative) {
        List<long[]> values = new ArrayList<>(aggregates.series().size());
        aggregates.series().forEach(s -> values.add(new long[periodCount]));
        List<long[]> buckets = bucketValues(aggregates, periodCount, offset, cumulative);
        for (int b = 0; b < buckets.size(); b++) {
            long[] into = values.get(aggregates.buckets().get(b).series());
            long[] v = buckets.get(b);
            for (int p = 0; p < periodCount; p++) {
                into[p] = ExactSums.money(into[p], v[p]);
            }
        }
        return values;
    }

    /**
     * Each bucket's values on the chart's periods, which may start earlier than the service's (a
     * context line reaching back); a running total stays at its last value to the end.
     */
    private static List<long[]> bucketValues(ChartAggregates aggregates, int periodCount, int offset, boolean cumulative) {
        List<long[]> values = new ArrayList<>(aggregates.buckets().size());
        for (ChartAggregates.Bucket b : aggregates.buckets()) {
            long[] aligned = new long[periodCount];
            System.arraycopy(b.values(), 0, aligned, offset, b.values().length);
            if (cumulative && b.values().length > 0) {
                Arrays.fill(aligned, offset + b.values().length, periodCount, b.values()[b.values().length - 1]);
            }
            values.add(aligned);
        }
        return values;
    }

    /** The drawn deals' caveats where they place something at an assumed or unknown time. */
    private static Map<String, Set<ScheduleFlag>> placedFlags(ChartAggregates aggregates) {
        Map<String, Set<ScheduleFlag>> placed = new HashMap<>();
        for (ChartAggregates.Series s : aggregates.series()) {
            int[] bucketOf = s.bucketOf();
            for (int d = 0; d < bucketOf.length; d++) {
                if (bucketOf[d] >= 0) {
                    Set<ScheduleFlag> flags = aggregates.buckets().get(bucketOf[d]).flags();
                    if (flags.contains(ScheduleFlag.TERM_UNKNOWN) || flags.contains(ScheduleFlag.TERM_ASSUMED)) {
                        placed.put(s.dealIds().get(d), flags);
                    }
                }
            }
        }
        return placed;
    }

    /**
     * The numbered sources of the drawn deals and of the chart's context lines. Numbering sorts
     * every source, a fifth of a second at 100,000 deals, and a change of grouping, period or chart
     * type in the window draws the same deals again: the numbering of the last drawn deals of the
     * same portfolio (and the same context) is kept and reused. With a shared index (a report), the
     * chart cites its own sources by the report's numbers.
     */
    private SourceIndex sourceIndex(Portfolio portfolio, List<String> drawn, Map<String, DealView> viewsById,
                                    SourceIndex sharedIndex, List<Source> contextSources) {
        NumberedSources last = lastNumbered;
        if (sharedIndex == null && last != null && last.portfolio() == portfolio && last.drawn().equals(drawn)
                && last.context().equals(contextSources)) {
            return last.index();
        }
        List<DealView> drawnViews = drawn.stream().map(viewsById::get).filter(v -> v != null).toList();
        SourceIndex cited = sharedIndex == null ? orderOf(portfolio).number(drawnViews, contextSources) : null;
        if (cited == null) {
            List<Source> drawnSources = new ArrayList<>(DealSources.of(drawnViews));
            drawnSources.addAll(contextSources);
            cited = sharedIndex != null ? SourceIndex.numbered(sharedIndex.refsFor(drawnSources)) : SourceIndex.of(drawnSources);
        }
        if (sharedIndex == null) {
            lastNumbered = new NumberedSources(portfolio, drawn, contextSources, cited);
        }
        return cited;
    }

    /** The order of the portfolio's sources, made once per portfolio (compared by identity: portfolios are immutable). */
    private SourceOrder orderOf(Portfolio portfolio) {
        OrderedSources last = lastOrder;
        if (last != null && last.portfolio() == portfolio) {
            return last.order();
        }
        SourceOrder order = SourceOrder.of(portfolio);
        lastOrder = new OrderedSources(portfolio, order);
        return order;
    }

    private record OrderedSources(Portfolio portfolio, SourceOrder order) {
    }

    /** The sources numbered for one set of drawn deals and context of one portfolio (compared by identity: portfolios are immutable). */
    private record NumberedSources(Portfolio portfolio, List<String> drawn, List<Source> context, SourceIndex index) {
    }

    /**
     * Each deal's part in each period, from the analysis service's cached schedules: the deals behind
     * each segment and what the marked parts of a series add up to. One query with the whole filter:
     * each deal has one confidence, so the parts' deals are the whole's.
     */
    private Map<String, DealCells> dealCells(Portfolio portfolio, ChartRequest request, DealFilter filter, List<YearMonth> periods) {
        return periods.isEmpty() ? Map.of()
                : analysis.cells(portfolio, query(request, filter, request.type().measure()), periods.get(0), periods.size());
    }

    /** The cells under their deals' titles as the chart's language shows them; untouched when all agree. */
    private static Map<String, DealCells> titled(Map<String, DealCells> cells, Map<String, DealView> viewsById, LocalNames names) {
        Map<String, DealCells> out = new LinkedHashMap<>();
        boolean differs = false;
        for (Map.Entry<String, DealCells> e : cells.entrySet()) {
            DealView view = viewsById.get(e.getKey());
            DealCells titled = view == null ? e.getValue() : e.getValue().titled(names.title(view.deal()));
            differs |= titled != e.getValue();
            out.put(e.getKey(), titled);
        }
        return differs ? out : cells;
    }

    /** The umbrellas whose parts took something off this chart's measure, with the name of their remainder segment. */
    private Map<String, String> remainders(List<NettingLine> netting, Measure measure) {
        Map<String, String> remainders = new HashMap<>();
        for (NettingLine line : netting) {
            if (line.nettedIn(measure)) {
                remainders.put(line.umbrellaId(), ChartNotes.shortTitle(line.umbrellaTitle()));
            }
        }
        return remainders;
    }

    /** Money charts show commitments unless the user asked for a direction. */
    static DealFilter effectiveFilter(ChartRequest request) {
        DealFilter filter = request.filter();
        if (request.type().measure() == Measure.MONEY && filter.directions().isEmpty()) {
            return filter.withDirections(Set.of(MoneyDirection.COMMITMENT));
        }
        return filter;
    }

    private static TimelineQuery query(ChartRequest request, DealFilter filter, Measure measure) {
        return new TimelineQuery(filter, request.groupBy(), request.granularity(), measure, request.type().mode(request.cumulative()));
    }

    /**
     * Every period of the deals' sums, without gaps; stretched back (never forward) to the first
     * context value, so that what was online before the deals is seen beside them.
     */
    private static List<YearMonth> commonPeriods(List<YearMonth> dealPeriods, ChartRequest request, List<ContextSeries> context) {
        TreeSet<YearMonth> starts = new TreeSet<>(dealPeriods);
        if (!starts.isEmpty()) {
            context.forEach(c -> c.points().forEach(point -> {
                YearMonth start = request.granularity().periodStart(CapacityOverlays.month(point));
                if (start.isBefore(starts.first())) {
                    starts.add(start);
                }
            }));
        }
        List<YearMonth> periods = new ArrayList<>();
        if (starts.isEmpty()) {
            return periods;
        }
        int step = request.granularity().months();
        for (YearMonth m = starts.first(); !m.isAfter(starts.last()); m = m.plusMonths(step)) {
            periods.add(m);
        }
        return periods;
    }
}
