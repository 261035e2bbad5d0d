package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartTooltips;
import java.util.function.IntUnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The tooltips of a periodic chart's segments: the amount and the deals behind it. JFreeChart asks
 * for the text of every segment each time it draws, and naming the deals needs the chart's cells,
 * which are made only when first asked ({@code CellIndex}). Exports keep the texts; the window words
 * a tooltip itself when the pointer rests on a segment (with the deals' sources), so a chart drawn
 * on screen {@linkplain #leaveToTheWindow drops} them and drawing it never makes the cells.
 */
final class SegmentTooltips implements XYToolTipGenerator {

    private final ChartTooltips tooltips;
    private final ChartModel model;
    /** The model's period of a dataset item; negative for an item that is no period (an area's leading zero). */
    private final IntUnaryOperator periodOf;

    SegmentTooltips(ChartTooltips tooltips, ChartModel model, IntUnaryOperator periodOf) {
        this.tooltips = tooltips;
        this.model = model;
        this.periodOf = periodOf;
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        int period = periodOf.applyAsInt(item);
        return period < 0 ? null : tooltips.cell(model, series, period);
    }

    /** Removes the segments' tooltips from a chart drawn in the window; other items (context lines, bars) keep theirs. */
    static void leaveToTheWindow(JFreeChart chart) {
        Plot plot = chart.getPlot();
        if (!(plot instanceof XYPlot xy)) {
            return;
        }
        for (int i = 0; i < xy.getRendererCount(); i++) {
            XYItemRenderer renderer = xy.getRenderer(i);
            if (renderer instanceof AbstractXYItemRenderer r && r.getDefaultToolTipGenerator() instanceof SegmentTooltips) {
                r.setDefaultToolTipGenerator(null);
            }
        }
    }
}
