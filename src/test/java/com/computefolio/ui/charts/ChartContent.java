package com.computefolio.ui.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYDataset;

/**
 * What a drawn chart says, independent of its pixels: titles, legend, series and their values,
 * axis labels, and the tooltip of every segment actually drawn. Two drawings of one chart (on
 * screen, in an export) must say the same.
 */
record ChartContent(String title, List<String> texts, List<String> legend, List<String> seriesKeys, List<List<Double>> values,
                    String timeAxis, String valueAxis, Set<String> drawnSegments, Set<String> drawnLegendKeys) {

    /** The chart's content, with what its last drawing (the rendering info) actually put on the canvas. */
    static ChartContent of(JFreeChart chart, ChartRenderingInfo drawn) {
        return of(chart, drawn, XYItemEntity::getToolTipText);
    }

    /**
     * The same, each drawn segment with the given words: a chart on screen carries no tooltips in
     * its segments (the window words them on hover), so a test names what an export would say.
     */
    static ChartContent of(JFreeChart chart, ChartRenderingInfo drawn, java.util.function.Function<XYItemEntity, String> segmentText) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        List<String> legend = new ArrayList<>();
        LegendItemCollection items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            legend.add(item.getLabel());
        }
        XYDataset dataset = plot.getDataset();
        List<String> keys = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            keys.add(dataset.getSeriesKey(s).toString());
            List<Double> row = new ArrayList<>();
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                row.add(dataset.getYValue(s, i));
            }
            values.add(row);
        }
        Set<String> segments = new LinkedHashSet<>();
        Set<String> legendKeys = new LinkedHashSet<>();
        for (Object o : drawn.getEntityCollection().getEntities()) {
            ChartEntity entity = (ChartEntity) o;
            if (entity instanceof XYItemEntity item) {
                segments.add(item.getSeriesIndex() + "/" + item.getItem() + ": " + segmentText.apply(item));
            } else if (entity instanceof LegendItemEntity legendEntity) {
                legendKeys.add(String.valueOf(legendEntity.getSeriesKey()));
            }
        }
        return new ChartContent(chart.getTitle().getText(), texts, legend, keys, values, plot.getDomainAxis().getLabel(),
                plot.getRangeAxis().getLabel(), segments, legendKeys);
    }

    /** The fill of every series, as drawn: a snapshot or an exported image shows each visible one somewhere. */
    static List<Color> seriesFills(JFreeChart chart) {
        XYPlot plot = (XYPlot) chart.getPlot();
        List<Color> fills = new ArrayList<>();
        for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
            Paint paint = plot.getRenderer().getSeriesPaint(s);
            if (paint instanceof Color colour) {
                fills.add(colour);
            }
        }
        return fills;
    }
}
