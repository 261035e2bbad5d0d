package com.computefolio.service.render;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartTooltips;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The plot of {@link com.computefolio.service.chart.ChartDrawing#LINES}: one line per series of
 * running totals, not stacked (the compare chart: each line is the whole selection under one
 * scenario). A running total is reached by the end of its period, and each line starts from zero
 * one period before the first, as the stacked areas do. Item index = period index + 1.
 */
final class LinesPlot implements PlotKind {

    private final ChartStyle style;
    private final ChartTooltips tooltips;

    LinesPlot(ChartStyle style, ChartTooltips tooltips) {
        this.style = style;
        this.tooltips = tooltips;
    }

    @Override
    public XYPlot create(ChartModel model, Locale locale) {
        DateAxis time = new DateAxis(null, PeriodTimes.UTC, locale);
        time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(PeriodTimes.UTC, locale));
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis value = new NumberAxis(model.valueAxisLabel());
        value.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
        value.setAutoRangeIncludesZero(true);
        value.setTickLabelInsets(new RectangleInsets(9, 4, 9, 4));
        for (ValueAxis axis : new ValueAxis[] {time, value}) {
            axis.setLabelFont(style.axisLabel());
            axis.setTickLabelFont(style.tickLabel());
            axis.setLabelPaint(ChartStyle.TEXT);
            axis.setTickLabelPaint(ChartStyle.MUTED_TEXT);
            axis.setAxisLinePaint(ChartStyle.AXIS);
            axis.setTickMarkPaint(ChartStyle.AXIS);
        }
        XYPlot plot = new XYPlot(dataset(model, locale), time, value, renderer(model));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessageFont(style.legend());
        return plot;
    }

    /** A point of a line stands for the deals its scenario counts (every deal of the line, as its legend entry). */
    @Override
    public List<String> dealIdsAt(ChartModel model, XYItemEntity item) {
        return model.series().get(item.getSeriesIndex()).dealIds();
    }

    private static TimeTableXYDataset dataset(ChartModel model, Locale locale) {
        TimeTableXYDataset dataset = new TimeTableXYDataset(PeriodTimes.UTC, locale);
        dataset.setXPosition(TimePeriodAnchor.END);
        int periods = model.periodStarts().size();
        for (ChartSeries series : model.series()) {
            if (periods > 0) {
                YearMonth before = model.periodStarts().get(0).minusMonths(model.request().granularity().months());
                dataset.add(PeriodTimes.period(model.request().granularity(), before), 0.0, series.key(), false);
            }
            for (int p = 0; p < periods; p++) {
                dataset.add(PeriodTimes.period(model.request().granularity(), model.periodStarts().get(p)),
                        model.unit().plotted(series.values().get(p)), series.key(), false);
            }
        }
        return dataset;
    }

    private XYLineAndShapeRenderer renderer(ChartModel model) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < model.series().size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.awt(model.series().get(s).colour()));
            renderer.setSeriesStroke(s, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> item == 0 ? null : tooltips.cell(model, series, item - 1));
        return renderer;
    }
}
