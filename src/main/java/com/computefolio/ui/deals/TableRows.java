package com.computefolio.ui.deals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deals table's items as the FX thread swaps them in: already sorted in the user's order, with
 * the positions of the deals selected when the work began already found. Both take time in
 * proportion to the rows, so both are done on the worker: showing a keystroke's result at 100,000
 * deals costs the FX thread one list swap and a few selected indices.
 *
 * @param items             the rows in the table's order, ready to be the table's items (not to be changed)
 * @param selectedIds       the deals selected when the rows were prepared
 * @param selectedPositions where those deals are in {@code items}, ascending; valid while the selection is {@code selectedIds}
 */
public record TableRows(ObservableList<DealRow> items, Set<String> selectedIds, int[] selectedPositions) {

    static final TableRows EMPTY = new TableRows(FXCollections.emptyObservableList(), Set.of(), new int[0]);

    /** Sorts {@code rows} (in the selection's order) by {@code order} and finds {@code selectedIds} among them; off the FX thread when large. */
    static TableRows prepare(List<DealRow> rows, RowOrder order, Set<String> selectedIds) {
        List<DealRow> sorted = rows;
        if (!order.isUnsorted()) {
            // A stable sort of the selection's order, as the table's own SortedList did: ties keep that order.
            List<DealRow> copy = new ArrayList<>(rows);
            copy.sort(order.comparator());
            sorted = Collections.unmodifiableList(copy);
        }
        List<DealRow> items = sorted;
        int[] positions = selectedIds.isEmpty() ? new int[0]
                : IntStream.range(0, items.size()).filter(i -> selectedIds.contains(items.get(i).id())).toArray();
        return new TableRows(FXCollections.unmodifiableObservableList(FXCollections.observableList(items)),
                Set.copyOf(selectedIds), positions);
    }
}
