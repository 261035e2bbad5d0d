package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ExactSums;
import com.computefolio.service.ChartAggregates;
import com.computefolio.service.GroupBy;
import com.computefolio.service.LocalNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of a stacked chart from the service's aggregates: each group's values per confidence
 * on the chart's periods, ranked by size, the smallest gathered into "Other" so colours stay distinct.
 */
final class ChartGroups {

    /** Beyond this many groups the smallest are gathered into "Other". */
    static final int MAX_NAMED_GROUPS = 8;

    private final ChartText text;

    ChartGroups(ChartText text) {
        this.text = text;
    }

    /** A group's values and aggregated series per part (a confidence, or null when not split), aligned on the chart's periods. */
    static final class Group {
        final String key;
        final String label;
        final Map<Confidence, long[]> values = new LinkedHashMap<>();
        final Map<Confidence, List<Integer>> series = new LinkedHashMap<>();

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

        void add(Confidence part, long[] partValues, List<Integer> aggregated) {
            long[] target = values.computeIfAbsent(part, p -> new long[partValues.length]);
            for (int i = 0; i < partValues.length; i++) {
                target[i] = ExactSums.money(target[i], partValues[i]);
            }
            series.computeIfAbsent(part, p -> new ArrayList<>()).addAll(aggregated);
        }
    }

    /**
     * The groups with a non-zero size, largest first (then by label), in the order the service's
     * series come (each confidence's, largest first) where sizes and labels tie.
     *
     * @param values each aggregated series' values on the chart's periods
     */
    List<Group> ranked(ChartAggregates aggregates, List<long[]> values, GroupBy groupBy, boolean cumulative, LocalNames names) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < aggregates.series().size(); i++) {
            ChartAggregates.Series s = aggregates.series().get(i);
            String label = labels.computeIfAbsent(s.groupKey(), k -> label(groupBy, k, s.label(), names));
            groups.computeIfAbsent(s.groupKey(), k -> new Group(k, label)).add(s.confidence(), values.get(i), List.of(i));
        }
        return groups.values().stream()
                .filter(g -> g.size(cumulative) != 0)
                .sorted(Comparator.comparingLong((Group g) -> g.size(cumulative)).reversed().thenComparing(g -> g.label))
                .toList();
    }

    List<Group> gatherOther(List<Group> ranked) {
        if (ranked.size() <= MAX_NAMED_GROUPS + 1) {
            return ranked;
        }
        List<Group> shown = new ArrayList<>(ranked.subList(0, MAX_NAMED_GROUPS));
        List<Group> rest = ranked.subList(MAX_NAMED_GROUPS, ranked.size());
        Group other = new Group(ChartModel.OTHER_KEY, text.get("legend.other", rest.size()));
        for (Group g : rest) {
            g.values.forEach((part, v) -> other.add(part, v, g.series.get(part)));
        }
        shown.add(other);
        return shown;
    }

    private String label(GroupBy groupBy, String key, String label, LocalNames names) {
        try {
            return switch (groupBy) {
                case BUYER, COUNTERPARTY -> names.label(key, label);
                case KIND -> text.name("kind", DealKind.valueOf(key));
                case STATUS -> text.name("status", DealStatus.valueOf(key));
                case CONFIDENCE -> text.name("confidence", Confidence.valueOf(key));
                default -> label;
            };
        } catch (IllegalArgumentException notAnEnumName) {
            return label;
        }
    }
}
