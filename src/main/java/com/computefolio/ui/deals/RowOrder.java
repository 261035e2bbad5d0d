package com.computefolio.ui.deals;

import java.util.Comparator;
import java.util.List;

/**
 * The order the user chose for the deals table (the columns clicked, each ascending or descending),
 * taken from the table on the FX thread and used by the worker that sorts a keystroke's rows, so
 * the FX thread never sorts 100,000 rows. Two orders are equal when they name the same columns in
 * the same directions, whatever their comparators: the table asks for its sort again on changes
 * that do not change the order, and those cost nothing.
 */
final class RowOrder {
    /** No column clicked: the rows in the selection's order (announced date, then id). */
    static final RowOrder UNSORTED = new RowOrder(List.of(), null);

    private final List<String> key;
    private final Comparator<DealRow> comparator;

    private RowOrder(List<String> key, Comparator<DealRow> comparator) {
        this.key = key;
        this.comparator = comparator;
    }

    /**
     * @param key        each sorted column's id and direction, e.g. {@code ["value:DESCENDING", "title:ASCENDING"]}
     * @param comparator the rows compared by those columns; it must be safe to call from any thread
     */
    static RowOrder of(List<String> key, Comparator<DealRow> comparator) {
        return key.isEmpty() ? UNSORTED : new RowOrder(List.copyOf(key), comparator);
    }

    boolean isUnsorted() {
        return comparator == null;
    }

    Comparator<DealRow> comparator() {
        return comparator;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowOrder order && order.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
