package com.computefolio.ui.charts;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Controls both chart views show the same way: zoom, export and copy buttons, the busy sign, the status line. */
public final class ChartViewParts {

    /** Room around a chart, so that its white page stands apart from the window in either theme. */
    public static final Insets CHART_MARGIN = new Insets(8, 8, 0, 8);

    private ChartViewParts() {
    }

    /** Copy puts the chart on the system clipboard. */
    public static ChartClipboard systemClipboard() {
        return new FxChartClipboard();
    }

    /** Reset zoom, Export..., Copy and a busy indicator, with ids prefixed for tests ("chartExport"). */
    public static List<Node> chartButtons(ResourceBundle bundle, ChartState state, ChartPane pane, String idPrefix) {
        Button reset = new Button(bundle.getString("charts.resetZoom"));
        reset.setId(idPrefix + "ResetZoom");
        reset.setTooltip(new Tooltip(bundle.getString("charts.resetZoom.hint")));
        reset.setOnAction(e -> pane.resetZoom());
        Button export = new Button(bundle.getString("charts.export"));
        export.setId(idPrefix + "Export");
        export.setTooltip(new Tooltip(bundle.getString("charts.export.hint")));
        export.setOnAction(e -> state.exportWithDialog(pane.getWidth(), pane.getHeight()));
        Button copy = new Button(bundle.getString("charts.copy"));
        copy.setId(idPrefix + "Copy");
        copy.setTooltip(new Tooltip(bundle.getString("charts.copy.hint")));
        copy.setOnAction(e -> state.copy(pane.getWidth(), pane.getHeight()));
        export.disableProperty().bind(state.shownProperty().isNull());
        copy.disableProperty().bind(state.shownProperty().isNull());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId(idPrefix + "Busy");
        busy.setPrefSize(18, 18);
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(state.busyProperty());
        return List.of(new Separator(Orientation.VERTICAL), reset, export, copy, busy);
    }

    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /**
     * A line under the chart: a text on the left (the total), what the last click selected with a
     * Go to the Deals tab, and the outcome of the last export on the right.
     */
    public static HBox statusLine(ChartState state, Node... left) {
        Label status = new Label();
        status.setId("chartStatus");
        status.textProperty().bind(state.statusTextProperty());
        status.getStyleClass().add("text-muted");
        HBox line = new HBox(12);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getChildren().addAll(left);
        line.getChildren().add(spacer());
        line.getChildren().add(SelectionNoteBar.of(state, state.bundle()));
        line.getChildren().add(status);
        line.setStyle("-fx-padding: 6 10 6 10;");
        if (left.length == 0) {
            // Nothing to show on the left: the line takes room only while it has a message.
            line.managedProperty().bind(status.textProperty().isNotEmpty().or(state.selectionNoteProperty().isNotEmpty()));
            line.visibleProperty().bind(line.managedProperty());
        }
        return line;
    }

    /** Tells a view model whether its view can be seen, now and whenever that changes. */
    public static void activeWhileShowing(Node view, Consumer<Boolean> setActive) {
        ShowingTracker tracker = new ShowingTracker(view);
        tracker.showingProperty().addListener((obs, was, showing) -> setActive.accept(showing));
        setActive.accept(tracker.showingProperty().get());
        // The tracker lives as long as the view: its listeners hang on the view's own properties.
        view.getProperties().put(ShowingTracker.class, tracker);
    }
}
