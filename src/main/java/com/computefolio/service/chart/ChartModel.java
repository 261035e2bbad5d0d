package com.computefolio.service.chart;

import com.computefolio.domain.ExactSums;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Everything needed to draw one chart, computed once and never changed: the window, the command
 * line and every exporter draw from this same value, so they cannot disagree.
 *
 * @param subtitle          grouping, period, filters and the as-of date, in one line
 * @param footnote          numbered sources and what the chart leaves out, possibly several lines
 * @param unit              the value axis unit (null for the timeline)
 * @param currency          currency of money values, or null
 * @param periodStarts      first month of each period (empty for the timeline)
 * @param series            stacked bottom to top (empty for the timeline)
 * @param bars              the timeline's deal bars, top to bottom (empty for periodic charts)
 * @param sources           the numbered sources the footnote cites
 * @param undisclosedDealIds deals that match the filter but have no disclosed value, so are not drawn
 * @param asOf              the "as known on" date, or null for the latest figures
 * @param generated         the day the chart was made
 * @param overlays          context lines drawn over the stacks (compute online; revenue, losses, stated totals), on the value axis
 * @param ranges            where sources disagree about an overlay's value: both values, drawn as a bar between them
 * @param placements        the drawn deals placed at times no source states, and how, as the footnote lists them
 */
public record ChartModel(ChartRequest request, String title, String subtitle, String footnote,
                         String timeAxisLabel, String valueAxisLabel, ValueUnit unit, String currency,
                         List<YearMonth> periodStarts, List<String> periodLabels, List<ChartSeries> series,
                         List<LegendEntry> legend, List<TimelineBar> bars, List<SourceRef> sources,
                         List<String> undisclosedDealIds, LocalDate asOf, LocalDate generated, CellIndex cells,
                         List<ChartOverlay> overlays, List<ChartRange> ranges, List<AssumedPlacement> placements) {

    /** Group key of the series that gathers the smallest groups once a chart has too many to tell apart. */
    public static final String OTHER_KEY = "__other__";

    public ChartModel {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(title, "title");
        periodStarts = List.copyOf(periodStarts);
        periodLabels = List.copyOf(periodLabels);
        series = List.copyOf(series);
        legend = List.copyOf(legend);
        bars = List.copyOf(bars);
        sources = List.copyOf(sources);
        undisclosedDealIds = List.copyOf(undisclosedDealIds);
        cells = cells == null ? CellIndex.empty() : cells;
        overlays = overlays == null ? List.of() : List.copyOf(overlays);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        placements = placements == null ? List.of() : List.copyOf(placements);
    }

    /** A chart that places nothing at assumed times (or does not say). */
    public ChartModel(ChartRequest request, String title, String subtitle, String footnote,
                      String timeAxisLabel, String valueAxisLabel, ValueUnit unit, String currency,
                      List<YearMonth> periodStarts, List<String> periodLabels, List<ChartSeries> series,
                      List<LegendEntry> legend, List<TimelineBar> bars, List<SourceRef> sources,
                      List<String> undisclosedDealIds, LocalDate asOf, LocalDate generated, CellIndex cells,
                      List<ChartOverlay> overlays, List<ChartRange> ranges) {
        this(request, title, subtitle, footnote, timeAxisLabel, valueAxisLabel, unit, currency, periodStarts, periodLabels,
                series, legend, bars, sources, undisclosedDealIds, asOf, generated, cells, overlays, ranges, List.of());
    }

    /** A chart without overlays. */
    public ChartModel(ChartRequest request, String title, String subtitle, String footnote,
                      String timeAxisLabel, String valueAxisLabel, ValueUnit unit, String currency,
                      List<YearMonth> periodStarts, List<String> periodLabels, List<ChartSeries> series,
                      List<LegendEntry> legend, List<TimelineBar> bars, List<SourceRef> sources,
                      List<String> undisclosedDealIds, LocalDate asOf, LocalDate generated, CellIndex cells) {
        this(request, title, subtitle, footnote, timeAxisLabel, valueAxisLabel, unit, currency, periodStarts, periodLabels,
                series, legend, bars, sources, undisclosedDealIds, asOf, generated, cells, List.of(), List.of(), List.of());
    }

    /** A chart with context lines but no ranges. */
    public ChartModel(ChartRequest request, String title, String subtitle, String footnote,
                      String timeAxisLabel, String valueAxisLabel, ValueUnit unit, String currency,
                      List<YearMonth> periodStarts, List<String> periodLabels, List<ChartSeries> series,
                      List<LegendEntry> legend, List<TimelineBar> bars, List<SourceRef> sources,
                      List<String> undisclosedDealIds, LocalDate asOf, LocalDate generated, CellIndex cells,
                      List<ChartOverlay> overlays) {
        this(request, title, subtitle, footnote, timeAxisLabel, valueAxisLabel, unit, currency, periodStarts, periodLabels,
                series, legend, bars, sources, undisclosedDealIds, asOf, generated, cells, overlays, List.of(), List.of());
    }

    public ChartType type() {
        return request.type();
    }

    /** Nothing to draw: no series with a value and no bars. */
    public boolean isEmpty() {
        return bars.isEmpty() && series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }

    /** The deals behind one segment (series, period) of a periodic chart. */
    public List<String> dealIdsAt(int seriesIndex, int periodIndex) {
        return cells.dealIds(seriesIndex, periodIndex);
    }

    /** Indexes of the series that belong to one group (e.g. its official, reported and estimated parts). */
    public List<Integer> seriesIndexesOfGroup(String groupKey) {
        return IntStream.range(0, series.size()).filter(i -> series.get(i).groupKey().equals(groupKey)).boxed().toList();
    }

    /** The sum over all series of a period's values (the height of the stack); checked, like every total. */
    public long periodTotal(int periodIndex) {
        long total = 0;
        for (ChartSeries s : series) {
            total = ExactSums.add(total, s.values().get(periodIndex), isCapacity());
        }
        return total;
    }

    /**
     * The sum over periods for a per-period chart, the last period's stack for a cumulative one, and
     * what was committed in all (not a sum of yearly rates) for a run rate.
     */
    public long grandTotal() {
        if (request.cumulative()) {
            return periodStarts.isEmpty() ? 0 : periodTotal(periodStarts.size() - 1);
        }
        long total = 0;
        for (ChartSeries s : series) {
            total = ExactSums.add(total, s.total(), isCapacity());
        }
        // Every value of a run rate is a period's amount times the factor, so the division is exact.
        return total / type().mode(false).factor(request.granularity());
    }

    /** Whether the values are kilowatts, so that a refused sum names the right measure. */
    private boolean isCapacity() {
        return type().measure() == com.computefolio.service.Measure.CAPACITY;
    }

    /** Every deal drawn in the chart, without repeats: the deals of the series, or of the bars. */
    public List<String> dealIds() {
        return Stream.concat(series.stream().flatMap(s -> s.dealIds().stream()), bars.stream().map(TimelineBar::dealId))
                .distinct().toList();
    }

    /**
     * The deals of one group, as a click on its legend entry selects them: the deals of its series,
     * or of the bars of that kind (the legend key of a timeline group is the kind's name).
     */
    public List<String> dealIdsOfGroup(String groupKey) {
        Stream<String> inSeries = seriesIndexesOfGroup(groupKey).stream().flatMap(i -> series.get(i).dealIds().stream());
        Stream<String> inBars = bars.stream().filter(b -> b.kind().name().equals(groupKey)).map(TimelineBar::dealId);
        return Stream.concat(inSeries, inBars).distinct().toList();
    }
}
