package com.computefolio.ui.deals;

import com.computefolio.domain.Confidence;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.ColumnHeaders;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.MixedTextCell;
import com.computefolio.ui.format.DisplayFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The deals table: one row per deal, columns sortable and resizable. Cells read precomputed
 * values of {@link DealRow}; the value column sorts by the headline total, not by its text.
 */
final class DealsTable extends TableView<DealRow> {
    /** About 30 characters: enough to tell "CoreWeave GPU cloud: first contract" from the second. */
    static final double TITLE_MIN_WIDTH = 220;
    private final TableColumn<DealRow, String> title;
    /** Each column's order of rows, the same as its comparator over its cells, for sorting off the FX thread. */
    private final Map<TableColumn<DealRow, ?>, Comparator<DealRow>> orders = new IdentityHashMap<>();

    DealsTable(Messages messages, DisplayFormats formats) {
        setId("dealsTable");
        getStyleClass().add("deals-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getStyleClass().addAll("dense", "striped");
        setTableMenuButtonVisible(true);
        // The title takes the spare width; when even the minimums do not fit, the table scrolls sideways.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(messages.get("deals.empty")));
        TableColumn<DealRow, String> title = textColumn("title", messages.get("deals.column.deal"), 220, DealRow::title);
        title.setCellFactory(MixedTextCell.titles());
        getColumns().add(title);
        getColumns().add(textColumn("buyer", messages.get("deals.column.buyer"), 70, DealRow::buyerName));
        getColumns().add(textColumn("counterparty", messages.get("deals.column.counterparty"), 130, DealRow::counterpartyName));
        getColumns().add(textColumn("kind", messages.get("deals.column.kind"), 136, row -> messages.label(row.deal().kind())));
        getColumns().add(textColumn("status", messages.get("deals.column.status"), 116, row -> messages.label(row.status())));
        getColumns().add(textColumn("announced", messages.get("deals.column.announced"), 106, row -> formats.date(row.deal().announced())));
        getColumns().add(textColumn("term", messages.get("deals.column.term"), 150, row -> formats.term(row.revision().term())));
        getColumns().add(valueColumn(messages.get("deals.column.value"), formats, messages));
        getColumns().add(rowColumn("gw", messages.get("deals.column.gw"), 48,
                Comparator.comparingLong(DealRow::kilowatts), row -> formats.gigawatts(row.revision().capacity()), true));
        getColumns().add(textColumn("confidence", messages.get("deals.column.confidence"), 114, row -> messages.label(row.confidence())));
        // Dates, terms, amounts and statuses keep their width; names and titles give way when space is short.
        getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        title.setMinWidth(TITLE_MIN_WIDTH);
        getColumns().get(1).setMinWidth(64);
        getColumns().get(2).setMinWidth(90);
        getColumns().get(3).setMinWidth(90);
        ColumnHeaders.fit(this);
        this.title = title;
        SpareWidth.give(this, title);
    }

    /**
     * The order the user sorted by, as a comparator of rows that a worker may use: the same order as
     * the columns' own comparators over their cells, without touching the table. Call on the FX thread.
     */
    RowOrder order() {
        List<String> key = new ArrayList<>();
        Comparator<DealRow> comparator = null;
        for (TableColumn<DealRow, ?> column : getSortOrder()) {
            Comparator<DealRow> byColumn = orders.get(column);
            if (byColumn == null || !column.isSortable()) {
                continue;
            }
            boolean descending = column.getSortType() == TableColumn.SortType.DESCENDING;
            byColumn = descending ? byColumn.reversed() : byColumn;
            comparator = comparator == null ? byColumn : comparator.thenComparing(byColumn);
            key.add(column.getId() + ":" + column.getSortType());
        }
        return RowOrder.of(key, comparator);
    }

    /** The column that takes the spare width (its width is not the user's to remember). */
    TableColumn<DealRow, String> titleColumn() {
        return title;
    }

    private TableColumn<DealRow, String> textColumn(String id, String title, double width, Function<DealRow, String> text) {
        TableColumn<DealRow, String> column = new TableColumn<>(title);
        orders.put(column, Comparator.comparing(text, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setCellFactory(MixedTextCell.names());
        return column;
    }

    private TableColumn<DealRow, DealRow> valueColumn(String title, DisplayFormats formats, Messages messages) {
        TableColumn<DealRow, DealRow> column = rowColumn("value", title, 180,
                Comparator.comparingLong(DealRow::headlineMinor), row -> row.valueText(formats, messages), true);
        column.setCellFactory(c -> new TableCell<>() {
            { AmountLabels.install(this); } // "~924 مليار دولار (تقدير)" in reading order

            @Override
            protected void updateItem(DealRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("value-estimate", "value-reported", "value-undisclosed");
                setAlignment(Pos.CENTER_RIGHT);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.valueText(formats, messages));
                if (!row.revision().value().isDisclosed()) {
                    getStyleClass().add("value-undisclosed");
                } else if (row.confidence() == Confidence.ESTIMATE) {
                    getStyleClass().add("value-estimate");
                } else if (row.confidence() == Confidence.REPORTED) {
                    getStyleClass().add("value-reported");
                }
            }
        });
        return column;
    }

    private TableColumn<DealRow, DealRow> rowColumn(String id, String title, double width, Comparator<DealRow> order,
                                                    Function<DealRow, String> text, boolean rightAligned) {
        TableColumn<DealRow, DealRow> column = new TableColumn<>(title);
        orders.put(column, order);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DealRow row, boolean empty) {
                super.updateItem(row, empty);
                setAlignment(rightAligned ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        return column;
    }
}
