package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.Palette;
import com.computefolio.service.chart.SeriesStyle;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * The running-total areas, each from zero up to the top of its stack (the highest drawn first),
 * with the hatching of the series' marks drawn right after its own fill, so the lower series drawn
 * next cover it where they overlap and only the series' own band shows its hatching.
 */
final class HatchedAreaRenderer extends XYAreaRenderer {

    private static final long serialVersionUID = 1L;

    private final transient ChartModel model;
    private final transient Hatching hatching = new Hatching();

    HatchedAreaRenderer(ChartModel model) {
        super(XYAreaRenderer.AREA);
        this.model = model;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info, XYPlot plot,
                         ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                         CrosshairState crosshairState, int pass) {
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
        int last = dataset.getItemCount(series) - 1;
        if (item != last || series >= model.series().size() || !getItemVisible(series, item)) {
            return;
        }
        ChartSeries s = model.series().get(series);
        if (s.marks().isEmpty() || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double zero = rangeAxis.valueToJava2D(0, dataArea, yEdge);
        Path2D.Double area = new Path2D.Double();
        area.moveTo(domainAxis.valueToJava2D(dataset.getXValue(series, 0), dataArea, xEdge), zero);
        for (int i = 0; i <= last; i++) {
            double y = dataset.getYValue(series, i);
            area.lineTo(domainAxis.valueToJava2D(dataset.getXValue(series, i), dataArea, xEdge),
                    rangeAxis.valueToJava2D(Double.isNaN(y) ? 0 : y, dataArea, yEdge));
        }
        area.lineTo(domainAxis.valueToJava2D(dataset.getXValue(series, last), dataArea, xEdge), zero);
        area.closePath();
        hatching.paint(g2, area, s.marks(), Hatching.ink(s.style() == SeriesStyle.SOLID, ChartStyle.awt(Palette.edge(s.colour()))));
    }
}
