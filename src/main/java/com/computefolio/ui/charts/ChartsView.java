package com.computefolio.ui.charts;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.chart.ChartType;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
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
                      ResourceBundle bundle, OutputTargets targets) {
        this(workspace, analysis, ChartToolkit.create(analysis, targets), executor, dialogs, bundle);
    }

    /** With chart services shared with other views (one font load, one factory). */
    public ChartsView(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                      DialogService dialogs, ResourceBundle bundle) {
        getStyleClass().add("charts-view");
        setId("chartsView");
        this.model = new ChartsViewModel(workspace, analysis, toolkit, executor, dialogs, ChartViewParts.systemClipboard(), bundle);
        ChartState state = model.state();
        this.chartPane = new ChartPane(bundle, new ChartPane.Gestures() {
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
                if (state.shown() != null && state.shown().drawn().type() == ChartType.FLOWS) {
                    // The flows chart's items carry their own text; its net marks are not segments of the model's cells.
                    state.dealTooltip(entity, show);
                } else if (JFreeChartFactory.isContext(entity)) {
                    // A context line or range carries its own text (value, sources); it has no deals behind it.
                    show.accept(entity.getToolTipText());
                } else {
                    state.segmentTooltip(entity, show);
                }
            }

            @Override
            public void dismissed() {
                state.clearSelection();
            }

            @Override
            public void export() {
                state.exportWithDialog(chartPane.getWidth(), chartPane.getHeight());
            }

            @Override
            public void copy() {
                state.copy(chartPane.getWidth(), chartPane.getHeight());
            }
        });
        setTop(toolbar(bundle));
        setCenter(chartPane);
        // A margin, not a padding of the chart pane: JFreeChart's viewer misplaces its canvas when
        // it does not sit at (0, 0) in its parent.
        BorderPane.setMargin(chartPane, ChartViewParts.CHART_MARGIN);
        Label total = new Label();
        total.setId("chartTotal");
        total.textProperty().bind(model.totalTextProperty());
        total.getStyleClass().add("text-bold");
        // "$924B" inside Arabic words, which JavaFX would draw as "924B$".
        AmountLabels.install(total);
        setBottom(ChartViewParts.statusLine(state, total));
        state.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                chartPane.setChart(shown.chart());
            }
        });
        state.markedProperty().addListener((obs, old, marked) -> chartPane.mark(marked));
        ChartViewParts.activeWhileShowing(this, model::setActive);
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
        ToolBar toolbar = new ToolBar(ChartOptionBoxes.labelled(bundle.getString("charts.type.label"), type),
                ChartOptionBoxes.labelled(bundle.getString("charts.groupBy.label"), groupBy),
                ChartOptionBoxes.labelled(bundle.getString("charts.granularity.label"), granularity),
                OverlayToggles.menu(bundle, model));
        toolbar.getItems().addAll(ChartViewParts.chartButtons(bundle, model.state(), chartPane, "chart"));
        return toolbar;
    }

    public ChartsViewModel viewModel() {
        return model;
    }

    public ChartPane chartPane() {
        return chartPane;
    }
}
