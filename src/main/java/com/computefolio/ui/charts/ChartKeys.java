package com.computefolio.ui.charts;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.input.KeyEvent;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.Pannable;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.Zoomable;

/**
 * The keyboard of a chart on screen, once it has the focus (a click gives it): + and - zoom
 * around the middle, Left and Right pan, 0 or Home resets the zoom, Escape drops the selection
 * mark. Zoom and pan go through the plot like the mouse's, so they too change the time axis only.
 */
final class ChartKeys {
    /** How much one key press zooms, like a notch of the wheel. */
    static final double ZOOM = 1.25;
    /** How far one key press pans, as a share of the axis. */
    static final double PAN = 0.1;

    private ChartKeys() {
    }

    static void install(ChartViewer viewer, Runnable resetZoom, Runnable dismiss) {
        viewer.setFocusTraversable(true);
        viewer.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> viewer.requestFocus());
        viewer.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean handled = switch (event.getCode()) {
                case PLUS, ADD, EQUALS -> zoom(viewer, 1 / ZOOM);
                case MINUS, SUBTRACT -> zoom(viewer, ZOOM);
                case LEFT -> pan(viewer, -PAN);
                case RIGHT -> pan(viewer, PAN);
                case DIGIT0, NUMPAD0, HOME -> run(resetZoom);
                case ESCAPE -> run(dismiss);
                default -> false;
            };
            if (handled) {
                event.consume();
            }
        });
    }

    private static boolean run(Runnable action) {
        action.run();
        return true;
    }

    /** Zooms by a factor (below 1 zooms in) around the middle of the data area. */
    static boolean zoom(ChartViewer viewer, double factor) {
        JFreeChart chart = viewer.getChart();
        PlotRenderingInfo info = plotInfo(viewer);
        if (chart == null || info == null || !(chart.getPlot() instanceof Zoomable zoomable)) {
            return false;
        }
        Rectangle2D area = info.getDataArea();
        Point2D middle = new Point2D.Double(area.getCenterX(), area.getCenterY());
        Plot plot = chart.getPlot();
        boolean notify = plot.isNotify();
        plot.setNotify(false);
        zoomable.zoomDomainAxes(factor, info, middle, true);
        zoomable.zoomRangeAxes(factor, info, middle, true);
        plot.setNotify(notify);
        return true;
    }

    private static boolean pan(ChartViewer viewer, double share) {
        JFreeChart chart = viewer.getChart();
        PlotRenderingInfo info = plotInfo(viewer);
        if (chart == null || info == null || !(chart.getPlot() instanceof Pannable pannable)) {
            return false;
        }
        Point2D middle = new Point2D.Double(info.getDataArea().getCenterX(), info.getDataArea().getCenterY());
        Plot plot = chart.getPlot();
        boolean notify = plot.isNotify();
        plot.setNotify(false);
        boolean across = pannable.getOrientation().isVertical();
        // The axis drawn across the screen: the domain of an upright plot, the range of a lying one (the timeline).
        if (across && pannable.isDomainPannable()) {
            pannable.panDomainAxes(share, info, middle);
        } else if (!across && pannable.isRangePannable()) {
            pannable.panRangeAxes(share, info, middle);
        }
        plot.setNotify(notify);
        return true;
    }

    private static PlotRenderingInfo plotInfo(ChartViewer viewer) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        return info == null ? null : info.getPlotInfo();
    }
}
