package com.computefolio.ui.compare;

import com.computefolio.ui.charts.ChartPane;
import com.computefolio.ui.charts.ChartViewParts;
import com.computefolio.ui.common.AmountCell;
import com.computefolio.ui.common.HeadingPieces;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.MixedTextCell;
import com.computefolio.ui.common.WrappedText;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;

/**
 * The Compare tab: the compare chart (one line per scenario, with export and copy) above a table with
 * one row per scenario; it only binds to its view model.
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel model;

    /** The table alone. */
    public CompareView(CompareViewModel model, Messages messages) {
        this(model, messages, null);
    }

    /** The chart above the table when the view model draws one ({@code chartBundle}: the chart views' words). */
    public CompareView(CompareViewModel model, Messages messages, ResourceBundle chartBundle) {
        this.model = model;
        setId("compareView");
        TableView<CompareViewModel.Row> table = new TableView<>(model.rows());
        table.setId("compareTable");
        // Not JavaFX's own "No content in table", which is English in every language.
        table.setPlaceholder(new Label(messages.get("compare.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("compare.column.scenario"), CompareViewModel.Row::scenario));
        table.getColumns().add(amounts(column(messages.get("compare.column.deals"), CompareViewModel.Row::deals)));
        table.getColumns().add(amounts(column(messages.get("compare.column.commitments"), CompareViewModel.Row::commitments)));
        table.getColumns().add(amounts(column(messages.get("compare.column.inflows"), CompareViewModel.Row::inflows)));
        table.getColumns().add(amounts(column(messages.get("compare.column.capacity"), CompareViewModel.Row::capacity)));
        HeadingPieces.install(table);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        WrappedText.install(status);
        BorderPane.setMargin(status, new Insets(6, 8, 6, 8));
        if (model.chart() != null && chartBundle != null) {
            setCenter(withChart(table, chartBundle));
        } else {
            setCenter(table);
        }
        setBottom(status);
        ChartViewParts.activeWhileShowing(this, model::setActive);
    }

    private SplitPane withChart(TableView<CompareViewModel.Row> table, ResourceBundle bundle) {
        var state = model.chart();
        ChartPane[] pane = new ChartPane[1];
        pane[0] = new ChartPane(bundle, new ChartPane.Gestures() {
            @Override
            public void clicked(ChartEntity entity) {
                state.select(entity);
            }

            @Override
            public void legendClicked(String key) {
                state.toggleGroup(key);
            }

            @Override
            public void tooltip(XYItemEntity entity, Consumer<String> show) {
                state.dealTooltip(entity, show);
            }

            @Override
            public void export() {
                state.exportWithDialog(pane[0].getWidth(), pane[0].getHeight());
            }

            @Override
            public void copy() {
                state.copy(pane[0].getWidth(), pane[0].getHeight());
            }
        });
        pane[0].setId("compareChart");
        state.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                pane[0].setChart(shown.chart());
            }
        });
        ToolBar toolbar = new ToolBar(ChartViewParts.spacer());
        toolbar.getItems().addAll(ChartViewParts.chartButtons(bundle, state, pane[0], "compare"));
        BorderPane chartArea = new BorderPane(pane[0]);
        chartArea.setTop(toolbar);
        BorderPane.setMargin(pane[0], ChartViewParts.CHART_MARGIN);
        SplitPane split = new SplitPane(chartArea, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        return split;
    }

    public CompareViewModel viewModel() {
        return model;
    }

    /** A column of amounts or counts: "924 مليار دولار" in the reading order of its words (see AmountCell). */
    private static TableColumn<CompareViewModel.Row, String> amounts(TableColumn<CompareViewModel.Row, String> column) {
        column.setCellFactory(AmountCell.factory());
        return column;
    }

    private static TableColumn<CompareViewModel.Row, String> column(String title, Function<CompareViewModel.Row, String> value) {
        TableColumn<CompareViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(MixedTextCell.names());
        column.setSortable(false);
        return column;
    }
}
