package com.computefolio.ui.deals;

import com.computefolio.ui.prefs.TableLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Reads and applies a {@link TableLayout}: column order, widths, visibility and sort, by column id. */
final class ColumnLayouts {
    private ColumnLayouts() {
    }

    /** The table as it is now. The column that fills the spare width has no width of its own to remember. */
    static <S> TableLayout read(TableView<S> table, TableColumn<S, ?> filler) {
        List<String> order = new ArrayList<>();
        Map<String, Double> widths = new HashMap<>();
        Set<String> hidden = new HashSet<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            order.add(column.getId());
            if (column != filler) {
                widths.put(column.getId(), column.getWidth());
            }
            if (!column.isVisible()) {
                hidden.add(column.getId());
            }
        }
        List<TableLayout.SortKey> sort = table.getSortOrder().stream()
                .map(c -> new TableLayout.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING)).toList();
        return new TableLayout(order, widths, hidden, sort);
    }

    /** Puts the table back as it was; ids it does not know (a column since removed) are skipped. */
    static <S> void apply(TableView<S> table, TableLayout layout) {
        Map<String, TableColumn<S, ?>> byId = new HashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        layout.order().stream().map(byId::get).filter(c -> c != null && !ordered.contains(c)).forEach(ordered::add);
        // A column the saved layout does not name (new in this version) keeps its place at the end.
        table.getColumns().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        for (TableColumn<S, ?> column : ordered) {
            Double width = layout.widths().get(column.getId());
            if (width != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), width));
            }
            column.setVisible(!layout.hidden().contains(column.getId()));
        }
        List<TableColumn<S, ?>> sort = new ArrayList<>();
        for (TableLayout.SortKey key : layout.sort()) {
            TableColumn<S, ?> column = byId.get(key.column());
            if (column != null && column.isSortable() && !sort.contains(column)) {
                column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(column);
            }
        }
        table.getSortOrder().setAll(sort);
    }
}
