package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartOverlay;
import com.computefolio.service.chart.ChartRange;
import com.computefolio.service.chart.ChartTooltips;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a periodic chart's context overlays over its stacks, on the same value axis: each overlay
 * a line through its values, each disagreement a bar from the low to the high value. A value sits
 * where its month's period is drawn (the middle of a bar, the end of a running total's period).
 * The only place the overlays' exact cents become doubles.
 */
final class OverlayLayer {

    /** Dark colours that stand out from the pastel stacks; the n-th overlay takes the n-th. */
    private static final Color[] COLOURS = {new Color(0x1B1B1B), new Color(0xB03A2E), new Color(0x1F618D),
        new Color(0x7D3C98), new Color(0x117A65), new Color(0x935116)};
    static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke RANGE = new BasicStroke(3.0f);

    private final ChartTooltips tooltips;

    OverlayLayer(ChartTooltips tooltips) {
        this.tooltips = tooltips;
    }

    static Color colour(int overlayIndex) {
        return COLOURS[overlayIndex % COLOURS.length];
    }

    /** Whether a clicked or hovered item is part of the overlays rather than a segment of the stacks. */
    static boolean isOverlay(XYItemEntity item) {
        return !(item.getDataset() instanceof TimeTableXYDataset);
    }

    /** Adds the lines (dataset 1) and ranges (dataset 2) to the plot; nothing when the model has none. */
    void addTo(XYPlot plot, ChartModel model, Locale locale) {
        if (model.overlays().isEmpty()) {
            return;
        }
        Positions positions = new Positions(model, locale);
        Map<String, Integer> indexOf = new HashMap<>();
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < model.overlays().size(); i++) {
            ChartOverlay overlay = model.overlays().get(i);
            indexOf.put(overlay.key(), i);
            XYSeries series = new XYSeries(overlay.key(), false, true);
            for (int p = 0; p < overlay.months().size(); p++) {
                series.add(positions.x(overlay.months().get(p)), overlay.unit().plotted(overlay.values().get(p)));
            }
            lines.addSeries(series);
            lineRenderer.setSeriesPaint(i, colour(i));
            lineRenderer.setSeriesStroke(i, LINE);
            lineRenderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        lineRenderer.setDefaultToolTipGenerator((dataset, series, item) ->
                tooltips.overlay(model.overlays().get(series), item));

        YIntervalSeriesCollection ranges = new YIntervalSeriesCollection();
        YIntervalRenderer rangeRenderer = new YIntervalRenderer();
        for (int r = 0; r < model.ranges().size(); r++) {
            ChartRange range = model.ranges().get(r);
            YIntervalSeries series = new YIntervalSeries(range.key() + "#" + r, false, true);
            double low = range.unit().plotted(range.low());
            double high = range.unit().plotted(range.high());
            series.add(positions.x(range.month()), (low + high) / 2, low, high);
            ranges.addSeries(series);
            rangeRenderer.setSeriesPaint(r, colour(indexOf.getOrDefault(range.key(), 0)));
            rangeRenderer.setSeriesStroke(r, RANGE);
            rangeRenderer.setSeriesShape(r, new java.awt.geom.Rectangle2D.Double(-5, -1.5, 10, 3));
        }
        rangeRenderer.setDefaultToolTipGenerator((dataset, series, item) -> model.ranges().get(series).description());

        // Renderers before datasets: a dataset without its own renderer is measured by the stacks'
        // renderer, which only reads table datasets.
        plot.setRenderer(1, lineRenderer);
        plot.setRenderer(2, rangeRenderer);
        plot.setDataset(1, lines);
        plot.setDataset(2, ranges);
        // Lines and ranges over the stacks, not hidden behind them.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    /**
     * Where on the time axis a month's value is drawn: where the stacks draw the period holding it,
     * also for months before or after the stacks (the axis widens to show them).
     */
    private static final class Positions {
        private final ChartModel model;

        Positions(ChartModel model, Locale locale) {
            this.model = model;
        }

        double x(YearMonth month) {
            return PeriodTimes.x(model, month);
        }
    }
}
