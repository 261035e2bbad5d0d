package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.service.ChartAggregates;
import com.computefolio.service.GroupBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The series of a stacked chart, each group's confidence split into the parts whose figures carry
 * the same marks (a ceiling, an assumed placement, an umbrella's remainder...), so that each part is
 * drawn with its own hatching. Made from the service's buckets alone: a bucket's deals share their
 * confidence and caveats, so each bucket falls wholly into one part and a part's values are the sum
 * of its buckets'. The first part keeps what is left of its series, so the parts always add up to it.
 */
final class MarkedSeries {

    private final ChartText text;

    MarkedSeries(ChartText text) {
        this.text = text;
    }

    /**
     * What the split needs besides the groups.
     *
     * @param aggregates the service's sums
     * @param values     each bucket's values on the chart's periods
     * @param remainders the umbrellas netted in the chart's measure, by id, with their segment's name
     * @param capacity   whether the values are kilowatts
     */
    record Sums(ChartAggregates aggregates, List<long[]> values, Map<String, String> remainders, boolean capacity) {
    }

    /** One part under construction: the deals of a series with the same marks. */
    private static final class Part {
        final Set<FigureMark> marks;
        final String remainderOf;
        final List<String> dealIds = new ArrayList<>();
        final List<Integer> buckets = new ArrayList<>();

        Part(Set<FigureMark> marks, String remainderOf) {
            this.marks = marks;
            this.remainderOf = remainderOf;
        }

        /** Remainders last, then by how many marks (fewest first), then by the marks themselves. */
        int rank() {
            return remainderOf != null ? 1000 : marks.size() * 100 + marks.stream().mapToInt(m -> 1 << m.ordinal()).sum();
        }
    }

    /**
     * Every group's series, a part per confidence (in {@code parts}' order; a null part when not
     * split) and then per marks; groups and parts with nothing to draw are left out.
     */
    List<ChartSeries> of(List<ChartGroups.Group> groups, List<Confidence> parts, Map<String, ChartColor> colours, GroupBy groupBy,
                         Sums sums) {
        List<ChartSeries> series = new ArrayList<>();
        boolean split = parts.size() > 1 || parts.get(0) != null;
        for (ChartGroups.Group g : groups) {
            for (Confidence part : parts) {
                long[] v = g.values.get(part);
                if (v == null || Arrays.stream(v).allMatch(x -> x == 0)) {
                    continue;
                }
                Confidence confidence = part != null ? part : confidenceKey(groupBy, g.key);
                String key = split ? g.key + "|" + part.name() : g.key;
                String label = split ? g.label + text.get("series.part", text.name("confidence", part).toLowerCase(text.locale()))
                        : g.label;
                ChartSeries whole = new ChartSeries(key, g.key, label, confidence, SeriesStyle.of(confidence), colours.get(g.key),
                        Arrays.stream(v).boxed().toList(), dealIds(g.series.get(part), sums), caveats(g.series.get(part), sums));
                series.addAll(split(whole, g.series.get(part), sums));
            }
        }
        return series;
    }

    private static List<String> dealIds(List<Integer> aggregated, Sums sums) {
        List<String> ids = new ArrayList<>();
        aggregated.forEach(i -> ids.addAll(sums.aggregates().series().get(i).dealIds()));
        return ids;
    }

    private static Map<String, Integer> caveats(List<Integer> aggregated, Sums sums) {
        Map<String, Integer> caveats = new HashMap<>();
        aggregated.forEach(i -> sums.aggregates().series().get(i).caveats().forEach((k, n) -> caveats.merge(k, n, Integer::sum)));
        return caveats;
    }

    private List<ChartSeries> split(ChartSeries s, List<Integer> aggregated, Sums sums) {
        Map<String, Part> parts = new LinkedHashMap<>();
        Map<Integer, Part> partOfBucket = new HashMap<>();
        List<String> withoutCells = new ArrayList<>();
        for (int i : aggregated) {
            ChartAggregates.Series from = sums.aggregates().series().get(i);
            int[] bucketOf = from.bucketOf();
            for (int d = 0; d < bucketOf.length; d++) {
                if (bucketOf[d] < 0) {
                    // Nothing drawn (undisclosed, another currency): it stays with the series' first part.
                    withoutCells.add(from.dealIds().get(d));
                    continue;
                }
                int b = bucketOf[d];
                Part part = partOfBucket.get(b);
                if (part == null) {
                    part = partOf(s, sums.aggregates().buckets().get(b), parts, sums);
                    part.buckets.add(b);
                    partOfBucket.put(b, part);
                }
                part.dealIds.add(from.dealIds().get(d));
            }
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
        int periodCount = s.values().size();
        long[] first = s.values().stream().mapToLong(Long::longValue).toArray();
        List<ChartSeries> result = new ArrayList<>();
        Map<String, Integer> firstCaveats = new HashMap<>(s.caveats());
        for (int i = ordered.size() - 1; i >= 1; i--) {
            Part part = ordered.get(i);
            long[] v = new long[periodCount];
            Map<String, Integer> caveats = new HashMap<>();
            for (int b : part.buckets) {
                long[] bv = sums.values().get(b);
                for (int p = 0; p < periodCount; p++) {
                    v[p] = ExactSums.add(v[p], bv[p], sums.capacity());
                }
                ChartAggregates.Bucket bucket = sums.aggregates().buckets().get(b);
                bucket.flags().forEach(f -> caveats.merge(f.name(), bucket.deals(), Integer::sum));
            }
            for (int p = 0; p < periodCount; p++) {
                first[p] = ExactSums.add(first[p], -v[p], sums.capacity());
            }
            caveats.forEach((k, n) -> firstCaveats.merge(k, -n, Integer::sum));
            result.add(0, part(s, part, v, caveats, sums));
        }
        firstCaveats.values().removeIf(n -> n <= 0);
        result.add(0, part(s, ordered.get(0), first, firstCaveats, sums));
        return result;
    }

    /** The part a bucket's deals fall into, made when first seen. */
    private static Part partOf(ChartSeries s, ChartAggregates.Bucket bucket, Map<String, Part> parts, Sums sums) {
        Set<FigureMark> marks = EnumSet.noneOf(FigureMark.class);
        marks.addAll(s.marks());
        marks.addAll(FigureMark.of(s.confidence() != null ? s.confidence() : bucket.confidence(), flags(bucket.flags(), sums.capacity())));
        String remainderOf = bucket.remainderOf() != null && sums.remainders().containsKey(bucket.remainderOf()) ? bucket.remainderOf() : null;
        if (remainderOf != null) {
            marks.add(FigureMark.REMAINDER);
        }
        String partKey = remainderOf != null ? "remainder:" + remainderOf : FigureMark.code(marks);
        return parts.computeIfAbsent(partKey, k -> new Part(marks, remainderOf));
    }

    private ChartSeries part(ChartSeries s, Part part, long[] values, Map<String, Integer> caveats, Sums sums) {
        Set<FigureMark> added = EnumSet.noneOf(FigureMark.class);
        added.addAll(part.marks);
        added.removeAll(s.marks());
        added.remove(FigureMark.REMAINDER);
        String key;
        String label;
        if (part.remainderOf != null) {
            key = s.key() + "|remainder:" + part.remainderOf;
            label = text.get("series.remainder", sums.remainders().get(part.remainderOf));
        } else if (added.isEmpty()) {
            key = s.key();
            label = s.label();
        } else {
            key = s.key() + "|" + FigureMark.code(added);
            label = s.label() + text.get("series.marked", String.join(", ", added.stream().map(m -> text.get("mark.short." + m.name())).toList()));
        }
        return new ChartSeries(key, s.groupKey(), label, s.confidence(), s.style(), s.colour(),
                Arrays.stream(values).boxed().toList(), part.dealIds, caveats, part.marks);
    }

    /**
     * The caveats that qualify the chart's measure: all of them for money; for gigawatts only the
     * placement in time, since a ceiling or an estimate of the money says nothing of the capacity.
     */
    private static Set<ScheduleFlag> flags(Set<ScheduleFlag> flags, boolean capacity) {
        if (!capacity) {
            return flags;
        }
        Set<ScheduleFlag> placement = EnumSet.noneOf(ScheduleFlag.class);
        flags.stream().filter(f -> f == ScheduleFlag.TERM_ASSUMED || f == ScheduleFlag.TERM_UNKNOWN).forEach(placement::add);
        return placement;
    }

    static Confidence confidenceKey(GroupBy groupBy, String key) {
        if (groupBy != GroupBy.CONFIDENCE) {
            return null;
        }
        try {
            return Confidence.valueOf(key);
        } catch (IllegalArgumentException notAConfidence) {
            return null;
        }
    }
}
