package com.computefolio.service.render;

import com.computefolio.domain.ExactSums;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartTooltips;
import com.computefolio.service.chart.ValueUnit;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The plot of a stacked chart over periods: bars per period for a run rate, a stacked area for a
 * running total. Series index = model series index; item index = period index for bars, and
 * period index + 1 for areas, which start from zero one period earlier ({@link #periodOf}).
 *
 * <p>Areas are drawn as one closed path per series from zero up to the top of its stack, the
 * highest series first and each lower one over it. JFreeChart's stacked area renderers either
 * leave hairline seams between per-item polygons in PDF viewers (StackedXYAreaRenderer2) or
 * misplace edges around zeros (StackedXYAreaRenderer); overlapping whole paths have no seams at all.
 */
final class PeriodicPlot implements PlotKind {

    static final TimeZone UTC = PeriodTimes.UTC;

    private final ChartStyle style;
    private final ChartTooltips tooltips;
    private final OverlayLayer overlays;

    PeriodicPlot(ChartStyle style, ChartTooltips tooltips) {
        this.style = style;
        this.tooltips = tooltips;
        this.overlays = new OverlayLayer(tooltips);
    }

    @Override
    public XYPlot create(ChartModel model, Locale locale) {
        TimeTableXYDataset dataset = dataset(model, locale);
        // The dates name themselves; the time axis label stays in the model for data exports.
        // Each period named under its own bar, as its tooltip names it; the value axis from zero to what is in view.
        DateAxis time = new PeriodTickAxis(List.of(model.request().granularity()), locale, false);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        ZeroBasedAxis value = new ZeroBasedAxis(model.valueAxisLabel(), (from, to) -> VisibleValues.highest(model, from, to));
        value.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
        // Roomier label spacing makes JFreeChart pick fewer, rounder ticks (0, 50, 100 rather than every 10).
        value.setTickLabelInsets(new RectangleInsets(9, 4, 9, 4));
        for (var axis : new org.jfree.chart.axis.ValueAxis[] {time, value}) {
            axis.setLabelFont(style.axisLabel());
            axis.setTickLabelFont(style.tickLabel());
            axis.setLabelPaint(ChartStyle.TEXT);
            axis.setTickLabelPaint(ChartStyle.MUTED_TEXT);
            axis.setAxisLinePaint(ChartStyle.AXIS);
            axis.setTickMarkPaint(ChartStyle.AXIS);
        }
        boolean cumulative = model.request().cumulative();
        XYPlot plot = new TimeZoomPlot(dataset, time, value, cumulative ? area(model) : bars(model), true);
        if (cumulative) {
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        }
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.6f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessageFont(style.legend());
        overlays.addTo(plot, model, locale);
        value.follow(time);
        return plot;
    }

    /** The deals of the clicked segment (series × period). */
    @Override
    public List<String> dealIdsAt(ChartModel model, XYItemEntity item) {
        if (OverlayLayer.isOverlay(item)) {
            return List.of();
        }
        return model.dealIdsAt(item.getSeriesIndex(), periodOf(model, item.getItem()));
    }

    /** The period of the model that a dataset item stands for, or -1 for the areas' leading zero. */
    static int periodOf(ChartModel model, int item) {
        return model.request().cumulative() ? item - 1 : item;
    }

    private TimeTableXYDataset dataset(ChartModel model, Locale locale) {
        TimeTableXYDataset dataset = new TimeTableXYDataset(UTC, locale);
        return model.request().cumulative() ? stackedTops(model, dataset) : barValues(model, dataset);
    }

    private static TimeTableXYDataset barValues(ChartModel model, TimeTableXYDataset dataset) {
        dataset.setXPosition(TimePeriodAnchor.MIDDLE);
        for (ChartSeries series : model.series()) {
            for (int p = 0; p < model.periodStarts().size(); p++) {
                long raw = series.values().get(p);
                // Zero stays empty (null) so that no outline is drawn around nothing.
                Number y = raw == 0 ? null : model.unit().plotted(raw);
                dataset.add(period(model, model.periodStarts().get(p)), y, series.key(), false);
            }
        }
        return dataset;
    }

    /** Each series' value is the top of its stack; a running total is reached by the end of its period. */
    private static TimeTableXYDataset stackedTops(ChartModel model, TimeTableXYDataset dataset) {
        dataset.setXPosition(TimePeriodAnchor.END);
        int periods = model.periodStarts().size();
        long[] below = new long[periods];
        for (ChartSeries series : model.series()) {
            if (periods > 0) {
                YearMonth before = model.periodStarts().get(0).minusMonths(model.request().granularity().months());
                dataset.add(period(model, before), 0.0, series.key(), false);
            }
            for (int p = 0; p < periods; p++) {
                below[p] = ExactSums.add(below[p], series.values().get(p), model.unit() == ValueUnit.GIGAWATTS);
                dataset.add(period(model, model.periodStarts().get(p)), model.unit().plotted(below[p]), series.key(), false);
            }
        }
        return dataset;
    }

    private static RegularTimePeriod period(ChartModel model, YearMonth start) {
        return PeriodTimes.period(model.request().granularity(), start);
    }

    private XYItemRenderer bars(ChartModel model) {
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.18);
        renderer.setBarPainter(HatchedBarPainter.ofSeries(model.series()));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        styleSeries(renderer, model);
        renderer.setDefaultToolTipGenerator(new SegmentTooltips(tooltips, model, item -> item));
        return renderer;
    }

    private XYItemRenderer area(ChartModel model) {
        XYAreaRenderer renderer = new HatchedAreaRenderer(model);
        renderer.setOutline(true);
        styleSeries(renderer, model);
        renderer.setDefaultToolTipGenerator(new SegmentTooltips(tooltips, model, item -> periodOf(model, item)));
        return renderer;
    }

    private static void styleSeries(org.jfree.chart.renderer.xy.AbstractXYItemRenderer renderer, ChartModel model) {
        for (int s = 0; s < model.series().size(); s++) {
            ChartSeries series = model.series().get(s);
            renderer.setSeriesPaint(s, ChartStyle.fill(series.colour(), series.style()));
            renderer.setSeriesOutlinePaint(s, ChartStyle.outline(series.colour(), series.style()));
            renderer.setSeriesOutlineStroke(s, ChartStyle.outlineStroke(series.style()));
        }
    }
}
