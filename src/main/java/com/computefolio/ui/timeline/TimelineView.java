package com.computefolio.ui.timeline;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.ui.charts.ChartPane;
import com.computefolio.ui.charts.ChartToolkit;
import com.computefolio.ui.charts.ChartViewParts;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;

/**
 * The Timeline tab: one bar per deal across its term (a Gantt chart) coloured by kind, with
 * markers for announcements, revisions and milestones. Many deals make a tall chart, which
 * scrolls; the wheel scrolls it and dragging zooms the time axis.
 */
public final class TimelineView extends BorderPane {
    /** Height each deal's row gets, and what the title, legend, axis and footnote need besides. */
    static final double ROW_HEIGHT = 18;
    static final double CHROME_HEIGHT = 180;

    private final TimelineViewModel model;
    private final ChartPane chartPane;

    public TimelineView(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, DialogService dialogs,
                        ResourceBundle bundle, OutputTargets targets) {
        this(workspace, analysis, ChartToolkit.create(analysis, targets), executor, dialogs, bundle);
    }

    public TimelineView(WorkspaceModel workspace, AnalysisService analysis, ChartToolkit toolkit, TaskExecutor executor,
                        DialogService dialogs, ResourceBundle bundle) {
        getStyleClass().add("timeline-view");
        setId("timelineView");
        this.model = new TimelineViewModel(workspace, analysis, toolkit, executor, dialogs, ChartViewParts.systemClipboard(), bundle);
        this.chartPane = new ChartPane(bundle, new ChartPane.Gestures() {
            @Override
            public void clicked(ChartEntity entity) {
                model.state().select(entity);
            }

            @Override
            public void legendClicked(String key) {
                model.toggleKind(key);
            }

            @Override
            public void tooltip(XYItemEntity entity, Consumer<String> show) {
                model.state().dealTooltip(entity, show);
            }

            @Override
            public void dismissed() {
                model.state().clearSelection();
            }

            @Override
            public void export() {
                model.state().exportWithDialog(chartPane.getWidth(), chartPane.getHeight());
            }

            @Override
            public void copy() {
                model.state().copy(chartPane.getWidth(), chartPane.getHeight());
            }
        }, true);
        ScrollPane scroll = new ScrollPane(chartPane);
        scroll.setId("timelineScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        chartPane.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> CHROME_HEIGHT + ROW_HEIGHT * Math.max(1, model.rowsProperty().get()), model.rowsProperty()));

        Label summary = new Label();
        summary.setId("timelineSummary");
        summary.textProperty().bind(model.summaryProperty());
        // Amounts and dates inside Arabic words, which JavaFX would draw out of order.
        AmountLabels.install(summary);
        ToolBar toolbar = new ToolBar(summary, ChartViewParts.spacer());
        toolbar.getItems().addAll(ChartViewParts.chartButtons(bundle, model.state(), chartPane, "timeline"));
        setTop(toolbar);
        setCenter(scroll);
        BorderPane.setMargin(scroll, ChartViewParts.CHART_MARGIN);
        setBottom(ChartViewParts.statusLine(model.state()));

        model.state().shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                chartPane.setChart(shown.chart());
            }
        });
        model.state().markedProperty().addListener((obs, old, marked) -> chartPane.mark(marked));
        ChartViewParts.activeWhileShowing(this, model::setActive);
    }

    public TimelineViewModel viewModel() {
        return model;
    }

    public ChartPane chartPane() {
        return chartPane;
    }
}
