package com.computefolio.ui.prefs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the user left a table: its columns in order (by column id), their widths, the hidden ones,
 * and the sort (most significant column first). Pure values, so the table applies and reads it and
 * the preferences store it without knowing each other. Ids the table no longer has are ignored.
 */
public record TableLayout(List<String> order, Map<String, Double> widths, Set<String> hidden, List<SortKey> sort) {
    public static final TableLayout NONE = new TableLayout(List.of(), Map.of(), Set.of(), List.of());

    public TableLayout {
        order = List.copyOf(order);
        widths = Map.copyOf(widths);
        hidden = Set.copyOf(hidden);
        sort = List.copyOf(sort);
    }

    /** The columns shown, in order: what a saved view keeps of the table (ADR 22). */
    public List<String> visibleColumns() {
        return order.stream().filter(id -> !hidden.contains(id)).toList();
    }

    /**
     * This layout with only {@code visible} shown, in that order, ahead of the columns it hides
     * (which keep their order); widths and sort stay. An empty list leaves the layout as it is, and
     * an id the table does not have is skipped when applied.
     */
    public TableLayout showingOnly(List<String> visible) {
        if (visible.isEmpty()) {
            return this;
        }
        List<String> newOrder = new java.util.ArrayList<>(visible);
        order.stream().filter(id -> !visible.contains(id)).forEach(newOrder::add);
        Set<String> newHidden = newOrder.stream().filter(id -> !visible.contains(id)).collect(java.util.stream.Collectors.toSet());
        return new TableLayout(newOrder, widths, newHidden, sort);
    }

    /** One column of the sort, by its id. */
    public record SortKey(String column, boolean ascending) {
        public SortKey {
            Objects.requireNonNull(column);
        }
    }
}
