package com.computefolio.service.chart;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.domain.Source;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealCells;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.LocalNames;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.NettingLine;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import com.computefolio.service.TimelineSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The yardstick of {@link PeriodicChartBuilder}: the stacked chart as it was built before charts
 * were drawn from {@link com.computefolio.service.ChartAggregates}, from one timeline per confidence,
 * every deal's cells and a pass over deals for the marks. Kept only so that a test and the CPU-time
 * harness can compare the two roads; the product has one.
 *
 * <p>Money charts are split by confidence: one timeline per confidence (through the filter), so
 * each group becomes up to three stacked series, official at the bottom, then reported, then
 * estimated, each drawn in its own style. The service stays the only place that adds money up.
 */
final class TimelinesChartBuilder {

    /** Beyond this many groups the smallest are gathered into "Other", so colours stay distinct. */
    static final int MAX_NAMED_GROUPS = 8;

    private final AnalysisService analysis;
    private final ChartText text;
    private final ChartNotes notes;
    private final Palette palette = new Palette();
    private final ChartTitles titles;
    private final ContextOverlays overlays;
    private final TimelinesMarkedParts marked;
    private final TimelinesAssumedPlacements placements;
    /** Charts are computed on background threads, the newest request winning: read and replaced whole. */
    private volatile NumberedSources lastNumbered;
    private volatile OrderedSources lastOrder;

    TimelinesChartBuilder(AnalysisService analysis, ChartText text) {
        this.analysis = analysis;
        this.text = text;
        this.notes = new ChartNotes(text);
        this.titles = new ChartTitles(text);
        this.overlays = new ContextOverlays(text);
        this.marked = new TimelinesMarkedParts(text);
        this.placements = new TimelinesAssumedPlacements(text);
    }

    /** One confidence's timeline (confidence null: all figures in one timeline). */
    private record Part(Confidence confidence, Timeline timeline) {
    }

    /** A group's values per part, aligned on the chart's periods. */
    private static final class Group {
        final String key;
        final String label;
        final Map<Confidence, long[]> values = new LinkedHashMap<>();
        final Map<Confidence, Set<String>> dealIds = new LinkedHashMap<>();
        final Map<Confidence, Map<String, Integer>> caveats = new LinkedHashMap<>();

        Group(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /**
         * How large the group is: its sum over periods or, for running totals, its highest stack (the
         * last for money, which only grows; capacity online can fall as deals end).
         */
        long size(boolean cumulative) {
            if (cumulative) {
                long peak = 0;
                int periods = values.values().stream().mapToInt(v -> v.length).max().orElse(0);
                for (int p = 0; p < periods; p++) {
                    long stack = 0;
                    for (long[] v : values.values()) {
                        stack = ExactSums.money(stack, p < v.length ? v[p] : 0);
                    }
                    peak = Math.max(peak, stack);
                }
                return peak;
            }
            long sum = 0;
            for (long[] v : values.values()) {
                sum = ExactSums.money(sum, ExactSums.sum(v, false));
            }
            return sum;
        }

        void add(Confidence part, long[] partValues, List<String> ids, Map<String, Integer> partCaveats) {
            long[] target = values.computeIfAbsent(part, p -> new long[partValues.length]);
            for (int i = 0; i < partValues.length; i++) {
                target[i] = ExactSums.money(target[i], partValues[i]);
            }
            dealIds.computeIfAbsent(part, p -> new LinkedHashSet<>()).addAll(ids);
            Map<String, Integer> c = caveats.computeIfAbsent(part, p -> new HashMap<>());
            partCaveats.forEach((k, n) -> c.merge(k, n, Integer::sum));
        }
    }

    ChartModel build(Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated, String title) {
        DealFilter filter = PeriodicChartBuilder.effectiveFilter(request);
        Measure measure = request.type().measure();
        List<Part> parts = timelines(portfolio, request, filter, measure);
        // Parties' names and deals' titles in the chart's language (ADR 34): legends, tooltips and footnotes read these.
        LocalNames names = LocalNames.of(portfolio, text.locale());
        List<DealView> views = names.views(analysis.deals(portfolio, filter));
        // Context belongs to a company: with parties named in the filter, only that of the kept deals' parties.
        Set<String> keptParties = new HashSet<>();
        views.forEach(v -> {
            keptParties.add(v.deal().buyerId());
            keptParties.add(v.deal().counterpartyId());
        });
        Predicate<ContextSeries> admitted = s -> request.filter().admitsCompany(s.partyId(), keptParties);
        List<ContextSeries> context = CapacityOverlays.of(portfolio, request).stream().filter(admitted).toList();
        List<YearMonth> periods = commonPeriods(parts, request, context);
        Map<YearMonth, Integer> periodIndex = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            periodIndex.put(periods.get(i), i);
        }

        List<Group> ranked = rankedGroups(parts, request, periods, periodIndex, names);
        List<Group> shown = gatherOther(ranked, request.cumulative(), periods.size());
        Map<String, ChartColor> colours = palette.assign(request.groupBy(), shown.stream().map(g -> g.key).toList());
        Map<String, DealView> viewsById = views.stream().collect(Collectors.toMap(v -> v.deal().id(), Function.identity(), (a, b) -> a));
        List<NettingLine> netting = names.netting(analysis.netting(portfolio, filter));
        Map<String, DealCells> byDeal = titled(dealCells(portfolio, request, filter, periods), viewsById);
        List<ChartSeries> series = marked.split(series(shown, parts, colours, request.groupBy()),
                new TimelinesMarkedParts.Deals(byDeal, confidences(viewsById), remainders(netting, measure), measure == Measure.CAPACITY),
                periods.size(), request.cumulative());
        String currency = measure == Measure.MONEY ? currency(parts) : null;
        // Which deals make up each segment is asked only by a hover, a click or an export that names them.
        int periodCount = periods.size();
        CellIndex cells = CellIndex.lazy(request.cumulative(), () -> ChartCells.index(series, byDeal, periodCount, request.cumulative()));

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

        List<String> undisclosed = parts.stream().flatMap(p -> p.timeline().undisclosedDealIds().stream()).distinct().toList();
        List<String> undisclosedTitles = measure == Measure.MONEY
                ? undisclosed.stream().map(id -> viewsById.containsKey(id) ? viewsById.get(id).title() : id).toList()
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
        List<AssumedPlacement> assumed = placements.of(series, viewsById, byDeal);
        footnote = notes.withPlacements(footnote, assumed);

        return new ChartModel(request, title, subtitle, footnote, text.get("axis.time"),
                titles.valueAxisLabel(request, currency), measure == Measure.MONEY ? ValueUnit.BILLIONS : ValueUnit.GIGAWATTS,
                currency, periods, periods.stream().map(request.granularity()::label).toList(), series,
                legend(shown, series, colours, request), List.of(), refs, measure == Measure.MONEY ? undisclosed : List.of(),
                asOf, generated, cells, lines, contextDrawn.ranges(), assumed);
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

    /** The cells under their deals' titles as the views show them (in the chart's language); untouched when all agree. */
    private static Map<String, DealCells> titled(Map<String, DealCells> cells, Map<String, DealView> viewsById) {
        boolean differs = cells.values().stream().anyMatch(c -> viewsById.containsKey(c.dealId())
                && !viewsById.get(c.dealId()).title().equals(c.title()));
        if (!differs) {
            return cells;
        }
        Map<String, DealCells> out = new LinkedHashMap<>();
        cells.forEach((id, c) -> out.put(id, viewsById.containsKey(id) ? c.titled(viewsById.get(id).title()) : c));
        return out;
    }

    private static Map<String, Confidence> confidences(Map<String, DealView> viewsById) {
        Map<String, Confidence> confidences = new HashMap<>();
        viewsById.forEach((id, view) -> confidences.put(id, view.revision().value().confidence()));
        return confidences;
    }

    /** The umbrellas whose parts took something off this chart's measure, with the name of their remainder segment. */
    private Map<String, String> remainders(List<NettingLine> netting, Measure measure) {
        Map<String, String> remainders = new HashMap<>();
        for (NettingLine line : netting) {
            boolean netted = measure == Measure.CAPACITY ? line.countedKilowatts() != line.grossKilowatts()
                    : line.moneyDisclosed() && line.countedMinor() != line.grossMinor();
            if (netted) {
                remainders.put(line.umbrellaId(), ChartNotes.shortTitle(line.umbrellaTitle()));
            }
        }
        return remainders;
    }

    private List<Part> timelines(Portfolio portfolio, ChartRequest request, DealFilter filter, Measure measure) {
        boolean split = measure == Measure.MONEY && request.groupBy() != GroupBy.CONFIDENCE;
        List<Part> parts = new ArrayList<>();
        if (!split) {
            parts.add(new Part(null, analysis.timeline(portfolio, query(request, filter, measure))));
            return parts;
        }
        Set<Confidence> wanted = filter.confidences().isEmpty() ? EnumSet.allOf(Confidence.class) : EnumSet.copyOf(filter.confidences());
        for (Confidence confidence : wanted) {
            DealFilter only = new DealFilter(filter.text(), filter.parties(), filter.kinds(), filter.statuses(), Set.of(confidence),
                    filter.from(), filter.to(), filter.asOf(), filter.directions(), filter.scenario(), filter.gross(),
                    filter.roles());
            parts.add(new Part(confidence, analysis.timeline(portfolio, query(request, only, measure))));
        }
        return parts;
    }

    private static TimelineQuery query(ChartRequest request, DealFilter filter, Measure measure) {
        return new TimelineQuery(filter, request.groupBy(), request.granularity(), measure, request.type().mode(request.cumulative()));
    }

    /**
     * Every period from the earliest to the latest of any part, without gaps; stretched back (never
     * forward) to the first context value, so that what was online before the deals is seen beside them.
     */
    private static List<YearMonth> commonPeriods(List<Part> parts, ChartRequest request, List<ContextSeries> context) {
        TreeSet<YearMonth> starts = new TreeSet<>();
        parts.forEach(p -> starts.addAll(p.timeline().periodStarts()));
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

    private List<Group> rankedGroups(List<Part> parts, ChartRequest request, List<YearMonth> periods,
                                     Map<YearMonth, Integer> periodIndex, LocalNames names) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Part part : parts) {
            Timeline t = part.timeline();
            for (TimelineSeries ts : t.series()) {
                long[] aligned = align(t, ts, periods.size(), periodIndex, request.cumulative());
                groups.computeIfAbsent(ts.key(), k -> new Group(k, groupLabel(request.groupBy(), ts, names)))
                        .add(part.confidence(), aligned, ts.dealIds(), ts.caveats());
            }
        }
        boolean cumulative = request.cumulative();
        return groups.values().stream()
                .filter(g -> g.size(cumulative) != 0)
                .sorted(Comparator.comparingLong((Group g) -> g.size(cumulative)).reversed().thenComparing(g -> g.label))
                .toList();
    }

    /** A part's values on the common periods; a running total stays at its last value after the part ends. */
    private static long[] align(Timeline t, TimelineSeries ts, int periodCount, Map<YearMonth, Integer> periodIndex,
                                boolean cumulative) {
        long[] aligned = new long[periodCount];
        int last = -1;
        for (int i = 0; i < t.periodStarts().size(); i++) {
            Integer at = periodIndex.get(t.periodStarts().get(i));
            if (at != null) {
                aligned[at] = ts.values().get(i);
                last = Math.max(last, at);
            }
        }
        if (cumulative && last >= 0) {
            for (int i = last + 1; i < periodCount; i++) {
                aligned[i] = aligned[last];
            }
        }
        return aligned;
    }

    private List<Group> gatherOther(List<Group> ranked, boolean cumulative, int periodCount) {
        if (ranked.size() <= MAX_NAMED_GROUPS + 1) {
            return ranked;
        }
        List<Group> shown = new ArrayList<>(ranked.subList(0, MAX_NAMED_GROUPS));
        List<Group> rest = ranked.subList(MAX_NAMED_GROUPS, ranked.size());
        Group other = new Group(ChartModel.OTHER_KEY, text.get("legend.other", rest.size()));
        for (Group g : rest) {
            g.values.forEach((part, v) -> other.add(part, v, List.copyOf(g.dealIds.get(part)), g.caveats.get(part)));
        }
        shown.add(other);
        return shown;
    }

    private List<ChartSeries> series(List<Group> groups, List<Part> parts, Map<String, ChartColor> colours, GroupBy groupBy) {
        List<ChartSeries> series = new ArrayList<>();
        boolean split = parts.size() > 1 || parts.get(0).confidence() != null;
        for (Group g : groups) {
            for (Part part : parts) {
                long[] v = g.values.get(part.confidence());
                if (v == null || Arrays.stream(v).allMatch(x -> x == 0)) {
                    continue;
                }
                Confidence confidence = part.confidence() != null ? part.confidence() : confidenceKey(groupBy, g.key);
                String key = split ? g.key + "|" + part.confidence().name() : g.key;
                String label = split ? g.label + text.get("series.part", text.name("confidence", part.confidence()).toLowerCase(text.locale()))
                        : g.label;
                series.add(new ChartSeries(key, g.key, label, confidence, SeriesStyle.of(confidence), colours.get(g.key),
                        Arrays.stream(v).boxed().toList(), List.copyOf(g.dealIds.get(part.confidence())),
                        g.caveats.get(part.confidence())));
            }
        }
        return series;
    }

    private List<LegendEntry> legend(List<Group> groups, List<ChartSeries> series, Map<String, ChartColor> colours, ChartRequest request) {
        List<LegendEntry> legend = new ArrayList<>();
        for (Group g : groups) {
            Set<SeriesStyle> groupStyles = series.stream().filter(s -> s.groupKey().equals(g.key)).map(ChartSeries::style)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(SeriesStyle.class)));
            if (!groupStyles.isEmpty()) {
                // A group drawn in one style only (say, all reported) shows that style, so the swatch matches its bars.
                SeriesStyle style = groupStyles.size() == 1 ? groupStyles.iterator().next() : SeriesStyle.SOLID;
                legend.add(new LegendEntry(g.key, g.label, colours.get(g.key), style, LegendEntry.Kind.GROUP, null));
            }
            // An umbrella's remainder is named in the legend, right under its group, whatever the grouping.
            series.stream().filter(s -> s.groupKey().equals(g.key) && s.marks().contains(FigureMark.REMAINDER))
                    .forEach(s -> legend.add(LegendEntry.remainder(s.dealIds().get(0), s.label(), s.colour(), s.style())));
        }
        if (request.groupBy() != GroupBy.CONFIDENCE) {
            Set<SeriesStyle> styles = series.stream().map(ChartSeries::style).collect(Collectors.toCollection(() -> EnumSet.noneOf(SeriesStyle.class)));
            if (styles.size() > 1 || styles.contains(SeriesStyle.LIGHT) || styles.contains(SeriesStyle.DASHED)) {
                for (SeriesStyle style : styles) {
                    legend.add(LegendEntry.style(style, text.get("legend.style." + style.name())));
                }
            }
        }
        legend.addAll(ChartLegends.patternLegend(text, series.stream().flatMap(s -> s.marks().stream()).toList(), legend));
        return legend;
    }

    private String groupLabel(GroupBy groupBy, TimelineSeries ts, LocalNames names) {
        try {
            return switch (groupBy) {
                case BUYER, COUNTERPARTY -> names.label(ts.key(), ts.label());
                case KIND -> text.name("kind", DealKind.valueOf(ts.key()));
                case STATUS -> text.name("status", DealStatus.valueOf(ts.key()));
                case CONFIDENCE -> text.name("confidence", Confidence.valueOf(ts.key()));
                default -> ts.label();
            };
        } catch (IllegalArgumentException notAnEnumName) {
            return ts.label();
        }
    }

    private static Confidence confidenceKey(GroupBy groupBy, String key) {
        if (groupBy != GroupBy.CONFIDENCE) {
            return null;
        }
        try {
            return Confidence.valueOf(key);
        } catch (IllegalArgumentException notAConfidence) {
            return null;
        }
    }

    private static String currency(List<Part> parts) {
        return parts.stream().map(p -> p.timeline().currency()).filter(c -> c != null).findFirst().orElse("USD");
    }

}
