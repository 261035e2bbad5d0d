package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.FlowSeries;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.text.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plot of {@link com.computefolio.service.chart.ChartDrawing#DIVERGING_BARS}: one column per
 * category (the model's period labels name them), series 0 and 1 as bars from zero (one below, one
 * above: a stacked renderer stacks negatives and positives apart, so both start at zero) and the
 * net series as a marker over them. Dataset 0 holds the bars, dataset 1 the marker. Series are
 * picked by group key, not position, since the window may hide any of them.
 */
final class FlowsPlot implements PlotKind {

    private final ChartStyle style;
    FlowsPlot(ChartStyle style) {
        this.style = style;
    }

    @Override
    public XYPlot create(ChartModel model, Locale locale) {
        List<String> labels = model.periodLabels();
        SymbolAxis categories = new SymbolAxis(null, labels.toArray(String[]::new));
        categories.setGridBandsVisible(false);
        categories.setVerticalTickLabels(labels.size() > 4);
        categories.setLowerMargin(0.0);
        categories.setUpperMargin(0.0);
        if (!labels.isEmpty()) {
            categories.setRange(-0.6, labels.size() - 0.4);
        }
        NumberAxis value = new NumberAxis(model.valueAxisLabel());
        value.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
        value.setAutoRangeIncludesZero(true);
        value.setTickLabelInsets(new RectangleInsets(9, 4, 9, 4));
        for (ValueAxis axis : new ValueAxis[] {categories, value}) {
            axis.setLabelFont(style.axisLabel());
            axis.setTickLabelFont(style.tickLabel());
            axis.setLabelPaint(ChartStyle.TEXT);
            axis.setTickLabelPaint(ChartStyle.MUTED_TEXT);
            axis.setAxisLinePaint(ChartStyle.AXIS);
            axis.setTickMarkPaint(ChartStyle.AXIS);
        }
        // Zoom and pan move along the columns; the value axis keeps showing every bar from zero.
        ValueFormat format = new ValueFormat(Texts.forLocale(locale));
        XYPlot plot = new TimeZoomPlot(bars(model), categories, value, barRenderer(model, format), true);
        // Renderer first: a dataset without its own renderer is measured by the stacked one, which needs a table.
        plot.setRenderer(1, markerRenderer(model, format));
        plot.setDataset(1, markers(model));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.AXIS);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessageFont(style.legend());
        return plot;
    }

    /** Clicks select nothing here: a column's deals are those of one pair, which the flows table lists. */
    @Override
    public List<String> dealIdsAt(ChartModel model, XYItemEntity item) {
        return List.of();
    }

    private static List<Integer> barSeries(ChartModel model) {
        return IntStream.range(0, model.series().size()).filter(i -> !isNet(model, i)).boxed().toList();
    }

    private static List<Integer> markerSeries(ChartModel model) {
        return IntStream.range(0, model.series().size()).filter(i -> isNet(model, i)).boxed().toList();
    }

    private static boolean isNet(ChartModel model, int seriesIndex) {
        return model.series().get(seriesIndex).groupKey().equals(FlowSeries.NET);
    }

    private static DefaultTableXYDataset bars(ChartModel model) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        for (int s : barSeries(model)) {
            ChartSeries series = model.series().get(s);
            XYSeries xy = new XYSeries(series.key(), false, false);
            for (int c = 0; c < series.values().size(); c++) {
                xy.add(c, model.unit().plotted(series.values().get(c)));
            }
            dataset.addSeries(xy);
        }
        dataset.setIntervalWidth(1.0);
        return dataset;
    }

    private static XYSeriesCollection markers(ChartModel model) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int s : markerSeries(model)) {
            ChartSeries series = model.series().get(s);
            XYSeries xy = new XYSeries(series.key(), false, false);
            for (int c = 0; c < series.values().size(); c++) {
                xy.add(c, model.unit().plotted(series.values().get(c)));
            }
            dataset.addSeries(xy);
        }
        return dataset;
    }

    private static StackedXYBarRenderer barRenderer(ChartModel model, ValueFormat format) {
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.3);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        List<Integer> bars = barSeries(model);
        for (int i = 0; i < bars.size(); i++) {
            ChartSeries series = model.series().get(bars.get(i));
            renderer.setSeriesPaint(i, ChartStyle.fill(series.colour(), series.style()));
            renderer.setSeriesOutlinePaint(i, ChartStyle.outline(series.colour(), series.style()));
            renderer.setSeriesOutlineStroke(i, ChartStyle.outlineStroke(series.style()));
        }
        renderer.setDefaultToolTipGenerator((dataset, i, c) -> tooltip(model, format, bars.get(i), c));
        return renderer;
    }

    private static XYLineAndShapeRenderer markerRenderer(ChartModel model, ValueFormat format) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<Integer> markers = markerSeries(model);
        for (int i = 0; i < markers.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.awt(model.series().get(markers.get(i)).colour()));
            renderer.setSeriesShape(i, new Rectangle2D.Double(-9, -2, 18, 4));
        }
        renderer.setDefaultToolTipGenerator((dataset, i, c) -> tooltip(model, format, markers.get(i), c));
        return renderer;
    }

    /** "Amazon (AWS) (circular): Out: the buyer pays $138B". */
    private static String tooltip(ChartModel model, ValueFormat format, int seriesIndex, int category) {
        ChartSeries series = model.series().get(seriesIndex);
        return model.periodLabels().get(category) + ": " + series.label() + " "
                + format.money(series.values().get(category), model.currency());
    }
}
