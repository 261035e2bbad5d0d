package com.computefolio.ui.charts;

import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Directions;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import javafx.geometry.NodeOrientation;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A JFreeChart on screen with the gestures both chart views share: drag to zoom into a range,
 * mouse wheel to zoom, Shift- or Ctrl-drag (and JFreeChart's Alt-drag) to pan, Reset zoom; a click
 * on a segment or bar selects its deals, a click on a legend entry hides or shows its group; hover
 * shows a tooltip; the context menu offers Export..., Copy and Reset zoom.
 */
public final class ChartPane extends StackPane {

    /** What the view does with the gestures; every call comes on the FX thread. */
    public interface Gestures {
        void clicked(ChartEntity entity);

        void legendClicked(String key);

        /** Asks for the tooltip of an item; {@code show} may be called more than once (a fuller text later). */
        void tooltip(XYItemEntity entity, Consumer<String> show);

        void export();

        void copy();

        /** Escape, or a click beside every segment: the selection mark should go. */
        default void dismissed() {
        }
    }

    /** Below this width the legend moves under the plot: beside it, it left a narrow window a sliver of chart. */
    static final double NARROW_WIDTH = 960;

    private final ChartViewer viewer = new ChartViewer(null);
    private final Tooltip tooltip = new Tooltip();
    /**
     * The tooltip's lines, drawn by a label of the window rather than the tooltip's own: a popup does not take the
     * window's direction, and its label drew an Arabic line with names in brackets and amounts out of order (the one
     * road for mixed lines, {@link AmountLabels}, draws them in runs, each line in its own direction).
     */
    private final Label tooltipLines = AmountLabels.install(new Label());
    private final Gestures gestures;
    private final SelectionMark mark = new SelectionMark();
    private final boolean fixedRows;
    private Object hoveredKey;
    private boolean tooltipInstalled;

    /** A chart that zooms and pans both ways, also with the mouse wheel. */
    public ChartPane(ResourceBundle bundle, Gestures gestures) {
        this(bundle, gestures, false);
    }

    /**
     * @param fixedRows true for a chart of rows inside a scroll pane (the timeline): the wheel then
     *                  scrolls the pane, and zoom and pan change only the time axis, never the rows
     */
    public ChartPane(ResourceBundle bundle, Gestures gestures, boolean fixedRows) {
        this.gestures = gestures;
        this.fixedRows = fixedRows;
        getStyleClass().add("chart-pane");
        getChildren().add(viewer);
        // The plot keeps time running left to right in Arabic too, as charts in the Arabic financial press do; a
        // mirrored canvas would also mirror its letters. The chart's own titles and legends are laid out right to
        // left by the renderer, and the marks drawn over the plot share the canvas (ADR 0030). The pane itself, and
        // so its menu and tooltip, keeps the window's direction.
        viewer.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        tooltip.setOnShowing(e -> tooltip.getScene().setNodeOrientation(getEffectiveNodeOrientation()));
        viewer.setId("chartViewer");
        ChartCanvas canvas = viewer.getCanvas();
        OutlinedChartText.install(canvas, bundle.getLocale());
        canvas.addOverlay(mark);
        // Last: see GraphicsStateReset.
        canvas.addOverlay(new GraphicsStateReset());
        ChartKeys.install(viewer, this::resetZoom, gestures::dismissed);
        // Our own tooltips: they name the sources, which the chart's tooltip generator cannot know.
        MouseHandlerFX builtInTooltips = canvas.getMouseHandler("tooltip");
        if (builtInTooltips != null) {
            canvas.removeAuxiliaryMouseHandler(builtInTooltips);
        }
        if (fixedRows) {
            MouseHandlerFX wheel = canvas.getMouseHandler("scroll");
            if (wheel != null) {
                canvas.removeAuxiliaryMouseHandler(wheel);
            }
        }
        canvas.addMouseHandler(new PanHandlerFX("pan-shift", false, false, false, true));
        canvas.addMouseHandler(new PanHandlerFX("pan-ctrl", false, true, false, false));
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setHideDelay(Duration.millis(100));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                onClick(event);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                onMove(event.getEntity());
            }
        });
        if (!fixedRows) {
            // The timeline's height is worked out for its legend at the side; only the other charts move theirs.
            widthProperty().addListener((obs, old, width) -> placeLegend(viewer.getChart()));
        }
        ContextMenu menu = contextMenu(bundle);
        viewer.setOnContextMenuRequested(event -> {
            hideTooltip();
            menu.show(this, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    private ContextMenu contextMenu(ResourceBundle bundle) {
        MenuItem export = new MenuItem(bundle.getString("charts.export"));
        export.setOnAction(e -> gestures.export());
        MenuItem copy = new MenuItem(bundle.getString("charts.copy"));
        copy.setOnAction(e -> gestures.copy());
        MenuItem reset = new MenuItem(bundle.getString("charts.resetZoom"));
        reset.setOnAction(e -> resetZoom());
        return new ContextMenu(export, copy, new SeparatorMenuItem(), reset);
    }

    public void setChart(JFreeChart chart) {
        hideTooltip();
        mark.clear();
        ZoomCarry.apply(chart, ZoomCarry.zoomedTime(viewer.getChart()));
        if (chart.getPlot() instanceof XYPlot plot) {
            // Panning is a screen gesture; the shared factory leaves plots unpannable.
            plot.setDomainPannable(true);
            plot.setRangePannable(true);
            if (fixedRows) {
                keepAllRows(plot);
            }
        }
        if (!fixedRows) {
            placeLegend(chart);
        }
        viewer.setChart(Objects.requireNonNull(chart));
    }

    private void placeLegend(JFreeChart chart) {
        LegendTitle legend = chart == null ? null : chart.getLegend();
        if (legend == null || getWidth() <= 0) {
            return;
        }
        RectangleEdge edge = getWidth() < NARROW_WIDTH ? RectangleEdge.BOTTOM : RectangleEdge.RIGHT;
        if (legend.getPosition() != edge) {
            legend.setPosition(edge);
            legend.setHorizontalAlignment(edge == RectangleEdge.BOTTOM ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
        }
    }

    /** The rows (the domain axis of a horizontal plot) always show every row; only time zooms and pans. */
    private static void keepAllRows(XYPlot plot) {
        plot.setDomainPannable(false);
        ValueAxis rows = plot.getDomainAxis();
        rows.addChangeListener(event -> {
            if (!rows.isAutoRange()) {
                rows.setAutoRange(true);
            }
        });
    }

    /** Outlines the item whose deals a click selected, until the next mark; null removes the mark. */
    public void mark(XYItemEntity item) {
        if (item == null) {
            mark.clear();
        } else {
            mark.mark(item);
        }
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Back to the whole chart after zooming or panning. */
    public void resetZoom() {
        JFreeChart chart = viewer.getChart();
        if (chart != null && chart.getPlot() instanceof XYPlot plot) {
            plot.getDomainAxis().setAutoRange(true);
            plot.getRangeAxis().setAutoRange(true);
        }
    }

    private void onClick(ChartMouseEventFX event) {
        // The end of a zoom or pan drag is not a click on what happens to be under the mouse.
        if (!event.getTrigger().isStillSincePress() || event.getTrigger().getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        ChartEntity entity = event.getEntity();
        if (entity instanceof LegendItemEntity legend && legend.getSeriesKey() != null) {
            gestures.legendClicked(legend.getSeriesKey().toString());
        } else if (entity instanceof XYItemEntity) {
            gestures.clicked(entity);
        } else {
            gestures.dismissed();
        }
    }

    private void onMove(ChartEntity entity) {
        boolean clickable = entity instanceof XYItemEntity || entity instanceof LegendItemEntity;
        viewer.getCanvas().setCursor(clickable ? Cursor.HAND : Cursor.DEFAULT);
        if (!(entity instanceof XYItemEntity item)) {
            hoveredKey = null;
            hideTooltip();
            return;
        }
        Object key = java.util.List.of(System.identityHashCode(item.getDataset()), item.getSeriesIndex(), item.getItem());
        if (key.equals(hoveredKey)) {
            return;
        }
        hoveredKey = key;
        gestures.tooltip(item, text -> {
            if (key.equals(hoveredKey)) {
                showTooltip(text);
            }
        });
    }

    private void showTooltip(String text) {
        tooltipLines.setNodeOrientation(Directions.ofText(text));
        tooltipLines.setText(text);
        tooltip.setText(text);
        tooltip.setGraphic(tooltipLines);
        tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        if (!tooltipInstalled) {
            Tooltip.install(viewer.getCanvas(), tooltip);
            tooltipInstalled = true;
        }
    }

    private void hideTooltip() {
        if (tooltipInstalled) {
            Tooltip.uninstall(viewer.getCanvas(), tooltip);
            tooltip.hide();
            tooltipInstalled = false;
        }
    }
}
