package com.computefolio.ui.charts;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartType;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;

/**
 * The Charts tab: commitments, cumulative commitments or capacity over time as a stacked chart,
 * with its options above, the chart (zoom, pan, tooltips, legend and click selection) in the
 * middle and the chart's total below. It only binds controls to a {@link ChartsViewModel}.
 */
public final class ChartsView extends BorderPane {
    private final ChartsViewModel model;
    private final ChartPane chartPane;

    /** The shape every tab of the main window is made with; loads the chart fonts itself. */
    public ChartsView(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, DialogService dialogs,
                      ResourceBundle bundle) {
        this(workspace, analysis, ChartToolkit.create(analysis), executor, dialogs, bundle);
    }

    /** With chart services shared with other views (one font load, one factory). */
    public ChartsView(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                      DialogService dialogs, ResourceBundle bundle) {
        getStyleClass().add("charts-view");
        setId("chartsView");
        this.model = new ChartsViewModel(workspace, analysis, toolkit, executor, dialogs, new FxChartClipboard(), bundle);
        this.chartPane = new ChartPane(bundle, new ChartPane.Gestures() {
            @Override
            public void clicked(ChartEntity entity) {
                model.select(entity);
            }

            @Override
            public void legendClicked(String key) {
                model.toggleGroup(key);
            }

            @Override
            public void tooltip(XYItemEntity entity, Consumer<String> show) {
                model.tooltip(entity.getSeriesIndex(), entity.getItem(), show);
            }

            @Override
            public void export() {
                model.exportWithDialog(chartPane.getWidth(), chartPane.getHeight());
            }

            @Override
            public void copy() {
                model.copy(chartPane.getWidth(), chartPane.getHeight());
            }
        });
        setTop(toolbar(bundle));
        setCenter(chartPane);
        setBottom(footer());
        model.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                chartPane.setChart(shown.chart());
            }
        });
        if (model.shown() != null) {
            chartPane.setChart(model.shown().chart());
        }
        new ShowingTracker(this).showingProperty().addListener((obs, was, showing) -> model.setActive(showing));
        model.setActive(getScene() != null);
    }

    private ToolBar toolbar(ResourceBundle bundle) {
        ComboBox<ChartType> type = ChartOptionBoxes.chartTypes(bundle, ChartsViewModel.TYPES);
        type.setId("chartType");
        type.valueProperty().bindBidirectional(model.chartTypeProperty());
        ComboBox<GroupBy> groupBy = ChartOptionBoxes.groupings(bundle, ChartsViewModel.GROUPINGS);
        groupBy.setId("chartGroupBy");
        groupBy.valueProperty().bindBidirectional(model.groupByProperty());
        ComboBox<Granularity> granularity = ChartOptionBoxes.granularities(bundle, ChartsViewModel.GRANULARITIES);
        granularity.setId("chartGranularity");
        granularity.valueProperty().bindBidirectional(model.granularityProperty());

        Button reset = new Button(bundle.getString("charts.resetZoom"));
        reset.setId("chartResetZoom");
        reset.setTooltip(new Tooltip(bundle.getString("charts.resetZoom.hint")));
        reset.setOnAction(e -> chartPane.resetZoom());
        Button export = new Button(bundle.getString("charts.export"));
        export.setId("chartExport");
        export.setOnAction(e -> model.exportWithDialog(chartPane.getWidth(), chartPane.getHeight()));
        Button copy = new Button(bundle.getString("charts.copy"));
        copy.setId("chartCopy");
        copy.setTooltip(new Tooltip(bundle.getString("charts.copy.hint")));
        copy.setOnAction(e -> model.copy(chartPane.getWidth(), chartPane.getHeight()));
        export.disableProperty().bind(model.shownProperty().isNull());
        copy.disableProperty().bind(model.shownProperty().isNull());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(ChartOptionBoxes.labelled(bundle.getString("charts.type.label"), type),
                ChartOptionBoxes.labelled(bundle.getString("charts.groupBy.label"), groupBy),
                ChartOptionBoxes.labelled(bundle.getString("charts.granularity.label"), granularity),
                new Separator(), reset, export, copy, spacer, busy);
    }

    private HBox footer() {
        Label total = new Label();
        total.setId("chartTotal");
        total.textProperty().bind(model.totalTextProperty());
        total.getStyleClass().add("text-bold");
        Label status = new Label();
        status.setId("chartStatus");
        status.textProperty().bind(model.statusTextProperty());
        status.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, total, spacer, status);
        footer.setStyle("-fx-padding: 6 10 6 10;");
        return footer;
    }

    public ChartsViewModel viewModel() {
        return model;
    }

    public ChartPane chartPane() {
        return chartPane;
    }
}
