package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.service.DealCells;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The yardstick's marks (see {@link TimelinesChartBuilder}), as they were before {@link MarkedSeries}.
 * Splits each series of a periodic chart into the parts whose figures carry the same marks (a
 * ceiling, an assumed placement, an umbrella's remainder...), so that each part can be drawn with
 * its own hatching.
 *
 * <p>The totals stay the analysis service's: every part but the first adds up its deals' amounts
 * from the service's cells (the same schedules the series was added up from), and the first part
 * keeps what is left of the series, so the parts of a series always add up to it exactly. An
 * umbrella's remainder is one part of its own per umbrella, named after it.
 */
final class TimelinesMarkedParts {

    private final ChartText text;

    TimelinesMarkedParts(ChartText text) {
        this.text = text;
    }

    /**
     * What the split needs to know of the chart's deals.
     *
     * @param confidences each drawn deal's confidence (of its value)
     * @param remainders  the umbrellas netted in the chart's measure, by id, with their segment's name
     * @param capacity    whether the values are kilowatts (a refused sum names the right measure)
     */
    record Deals(Map<String, DealCells> cells, Map<String, Confidence> confidences, Map<String, String> remainders,
                 boolean capacity) {
    }

    /** One part under construction: the deals of a series with the same marks. */
    private static final class Part {
        final Set<FigureMark> marks;
        final String remainderOf;
        final List<String> dealIds = new ArrayList<>();

        Part(Set<FigureMark> marks, String remainderOf) {
            this.marks = marks;
            this.remainderOf = remainderOf;
        }

        /** Remainders last, then by how many marks (fewest first), then by the marks themselves. */
        int rank() {
            return remainderOf != null ? 1000 : marks.size() * 100 + bits();
        }

        private int bits() {
            return marks.stream().mapToInt(m -> 1 << m.ordinal()).sum();
        }
    }

    List<ChartSeries> split(List<ChartSeries> series, Deals deals, int periodCount, boolean cumulative) {
        List<ChartSeries> result = new ArrayList<>();
        for (ChartSeries s : series) {
            result.addAll(split(s, deals, periodCount, cumulative));
        }
        return result;
    }

    private List<ChartSeries> split(ChartSeries s, Deals deals, int periodCount, boolean cumulative) {
        Map<String, Part> parts = new LinkedHashMap<>();
        List<String> withoutCells = new ArrayList<>();
        for (String dealId : s.dealIds()) {
            DealCells cells = deals.cells().get(dealId);
            if (cells == null) {
                // Nothing drawn (undisclosed, another currency): it stays with the series' first part.
                withoutCells.add(dealId);
                continue;
            }
            Set<FigureMark> marks = EnumSet.noneOf(FigureMark.class);
            marks.addAll(s.marks());
            marks.addAll(FigureMark.of(s.confidence() != null ? s.confidence() : deals.confidences().get(dealId), flags(cells, deals)));
            String remainderOf = deals.remainders().containsKey(dealId) ? dealId : null;
            if (remainderOf != null) {
                marks.add(FigureMark.REMAINDER);
            }
            String partKey = remainderOf != null ? "remainder:" + dealId : FigureMark.code(marks);
            parts.computeIfAbsent(partKey, k -> new Part(marks, remainderOf)).dealIds.add(dealId);
        }
        if (parts.isEmpty()) {
            return List.of(s);
        }
        List<Part> ordered = new ArrayList<>(parts.values());
        ordered.sort(Comparator.comparingInt(Part::rank));
        ordered.get(0).dealIds.addAll(0, withoutCells);
        if (ordered.size() == 1 && ordered.get(0).remainderOf == null) {
            Part only = ordered.get(0);
            return List.of(new ChartSeries(s.key(), s.groupKey(), s.label(), s.confidence(), s.style(), s.colour(), s.values(),
                    s.dealIds(), s.caveats(), only.marks));
        }
        List<long[]> values = new ArrayList<>();
        long[] first = s.values().stream().mapToLong(Long::longValue).toArray();
        values.add(first);
        for (int i = 1; i < ordered.size(); i++) {
            long[] v = amounts(ordered.get(i).dealIds, deals, periodCount, cumulative);
            for (int p = 0; p < periodCount; p++) {
                first[p] = ExactSums.add(first[p], -v[p], deals.capacity());
            }
            values.add(v);
        }
        List<ChartSeries> result = new ArrayList<>();
        Map<String, Integer> firstCaveats = new HashMap<>(s.caveats());
        for (int i = ordered.size() - 1; i >= 1; i--) {
            Map<String, Integer> caveats = caveats(ordered.get(i).dealIds, deals);
            caveats.forEach((k, n) -> firstCaveats.merge(k, -n, Integer::sum));
            result.add(0, part(s, ordered.get(i), values.get(i), caveats, deals));
        }
        firstCaveats.values().removeIf(n -> n <= 0);
        result.add(0, part(s, ordered.get(0), values.get(0), firstCaveats, deals));
        return result;
    }

    private ChartSeries part(ChartSeries s, Part part, long[] values, Map<String, Integer> caveats, Deals deals) {
        Set<FigureMark> added = EnumSet.noneOf(FigureMark.class);
        added.addAll(part.marks);
        added.removeAll(s.marks());
        added.remove(FigureMark.REMAINDER);
        String key;
        String label;
        if (part.remainderOf != null) {
            key = s.key() + "|remainder:" + part.remainderOf;
            label = text.get("series.remainder", deals.remainders().get(part.remainderOf));
        } else if (added.isEmpty()) {
            key = s.key();
            label = s.label();
        } else {
            key = s.key() + "|" + FigureMark.code(added);
            label = s.label() + text.get("series.marked", String.join(", ", added.stream().map(m -> text.get("mark.short." + m.name())).toList()));
        }
        return new ChartSeries(key, s.groupKey(), label, s.confidence(), s.style(), s.colour(),
                java.util.Arrays.stream(values).boxed().toList(), part.dealIds, caveats, part.marks);
    }

    /**
     * The caveats that qualify the chart's measure: all of them for money; for gigawatts only the
     * placement in time, since a ceiling or an estimate of the money says nothing of the capacity.
     */
    private static Set<ScheduleFlag> flags(DealCells cells, Deals deals) {
        if (!deals.capacity()) {
            return cells.flags();
        }
        Set<ScheduleFlag> placement = EnumSet.noneOf(ScheduleFlag.class);
        cells.flags().stream().filter(f -> f == ScheduleFlag.TERM_ASSUMED || f == ScheduleFlag.TERM_UNKNOWN).forEach(placement::add);
        return placement;
    }

    /** The deals' amounts per period from the service's cells; running totals for a cumulative chart. */
    private static long[] amounts(List<String> dealIds, Deals deals, int periodCount, boolean cumulative) {
        long[] v = new long[periodCount];
        for (String dealId : dealIds) {
            DealCells cells = deals.cells().get(dealId);
            for (int i = 0; i < cells.count(); i++) {
                int p = cells.period(i);
                if (p >= 0 && p < periodCount) {
                    v[p] = ExactSums.add(v[p], cells.amount(i), deals.capacity());
                }
            }
        }
        if (cumulative) {
            for (int p = 1; p < periodCount; p++) {
                v[p] = ExactSums.add(v[p], v[p - 1], deals.capacity());
            }
        }
        return v;
    }

    /** How many of the deals carry each caveat, as the analysis service counts them. */
    private static Map<String, Integer> caveats(List<String> dealIds, Deals deals) {
        Map<String, Integer> counts = new HashMap<>();
        for (String dealId : dealIds) {
            for (ScheduleFlag flag : deals.cells().get(dealId).flags()) {
                counts.merge(flag.name(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
