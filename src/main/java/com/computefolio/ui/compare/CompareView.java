package com.computefolio.ui.compare;

import com.computefolio.ui.charts.ChartViewParts;
import com.computefolio.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The Compare tab: a table with one row per scenario; it only binds to its view model. */
public final class CompareView extends BorderPane {

    private final CompareViewModel model;

    public CompareView(CompareViewModel model, Messages messages) {
        this.model = model;
        setId("compareView");
        TableView<CompareViewModel.Row> table = new TableView<>(model.rows());
        table.setId("compareTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("compare.column.scenario"), CompareViewModel.Row::scenario));
        table.getColumns().add(column(messages.get("compare.column.deals"), CompareViewModel.Row::deals));
        table.getColumns().add(column(messages.get("compare.column.commitments"), CompareViewModel.Row::commitments));
        table.getColumns().add(column(messages.get("compare.column.inflows"), CompareViewModel.Row::inflows));
        table.getColumns().add(column(messages.get("compare.column.capacity"), CompareViewModel.Row::capacity));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        BorderPane.setMargin(status, new Insets(6, 8, 6, 8));
        setCenter(table);
        setBottom(status);
        ChartViewParts.activeWhileShowing(this, model::setActive);
    }

    public CompareViewModel viewModel() {
        return model;
    }

    private static TableColumn<CompareViewModel.Row, String> column(String title, Function<CompareViewModel.Row, String> value) {
        TableColumn<CompareViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
