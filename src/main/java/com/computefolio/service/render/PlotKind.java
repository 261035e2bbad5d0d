package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;

/** How one {@link com.computefolio.service.chart.ChartDrawing} becomes a JFreeChart plot, and what a drawn item stands for. */
interface PlotKind {

    XYPlot create(ChartModel model, Locale locale);

    /** The deals behind an item the plot drew: a segment's deals, or a bar's or marker's deal. */
    List<String> dealIdsAt(ChartModel model, XYItemEntity item);
}
