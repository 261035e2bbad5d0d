package com.computefolio.ui.flows;

import com.computefolio.service.AnalysisService;
import com.computefolio.ui.charts.ChartViewParts;
import com.computefolio.ui.common.AmountCell;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.ColumnHeaders;
import com.computefolio.ui.common.HeadingPieces;
import com.computefolio.ui.common.MixedTextCell;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.flows.FlowsViewModel.Line;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/**
 * The Flows tab: per buyer and counterparty, money out, in and net, with circular pairs marked
 * and the share of their purchases the seller's investment could pay for. Only binds its view
 * model; the same figures are drawn by the Charts tab's "Money both ways" chart.
 */
public final class FlowsView extends BorderPane {

    private final FlowsViewModel model;

    public FlowsView(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, ResourceBundle bundle) {
        setId("flowsView");
        this.model = new FlowsViewModel(workspace, analysis, executor, bundle);
        TableView<Line> table = new TableView<>(model.lines());
        table.setId("flowsTable");
        // Not JavaFX's own "No content in table", which is English in every language.
        table.setPlaceholder(new Label(bundle.getString("flowsView.empty")));
        table.getColumns().add(column(bundle.getString("flowsView.column.buyer"), Line::buyer, false));
        table.getColumns().add(column(bundle.getString("flowsView.column.counterparty"), Line::counterparty, false));
        table.getColumns().add(column(bundle.getString("flowsView.column.out"), Line::out, true));
        table.getColumns().add(column(bundle.getString("flowsView.column.in"), Line::in, true));
        table.getColumns().add(column(bundle.getString("flowsView.column.net"), Line::net, true));
        table.getColumns().add(column(bundle.getString("flowsView.column.financed"), Line::financed, true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fit(table);
        HeadingPieces.install(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.circular() ? "-fx-font-weight: bold;" : "");
            }
        });
        Label summary = new Label();
        summary.setId("flowsSummary");
        summary.textProperty().bind(model.summaryProperty());
        // Amounts and counts inside the Arabic words as runs of their own (see AmountLabels).
        AmountLabels.install(summary);
        setTop(new ToolBar(summary));
        setCenter(table);
        ChartViewParts.activeWhileShowing(this, model::setActive);
    }

    private static TableColumn<Line, String> column(String header, Function<Line, String> cell, boolean right) {
        TableColumn<Line, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell.apply(c.getValue())));
        column.setSortable(false);
        if (right) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setCellFactory(AmountCell.factory());
        } else {
            column.setCellFactory(MixedTextCell.names());
        }
        return column;
    }

    public FlowsViewModel viewModel() {
        return model;
    }
}
