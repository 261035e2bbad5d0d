package com.computefolio.service.render;

import com.computefolio.service.Granularity;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartTooltips;
import com.computefolio.service.chart.SeriesStyle;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.service.chart.TimelineMarker;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.event.AxisChangeListener;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The timeline (Gantt) plot: deals as rows (first bar on top), time across. Dataset 0 holds one
 * series per bar (series index = bar index); dataset 1 the markers, one series per marker kind,
 * each item's x being the row of its deal.
 */
final class TimelinePlot implements PlotKind {

    /** Deal titles longer than this are cut with an ellipsis so the plot keeps its width. */
    static final int MAX_ROW_LABEL = 34;
    private static final double BAR_HALF_HEIGHT = 0.32;

    private final ChartStyle style;
    private final ChartTooltips tooltips;
    private final ChartText text;

    TimelinePlot(ChartStyle style, ChartTooltips tooltips, ChartText text) {
        this.style = style;
        this.tooltips = tooltips;
        this.text = text;
    }

    @Override
    public XYPlot create(ChartModel model, Locale locale) {
        List<TimelineBar> bars = model.bars();
        SymbolAxis rows = new SymbolAxis(model.valueAxisLabel(), bars.stream().map(b -> shorten(b.title())).toArray(String[]::new));
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        rows.setAutoRangeIncludesZero(false);
        rows.setLabel(null);
        rows.setTickLabelFont(style.small());
        rows.setTickLabelPaint(ChartStyle.TEXT);
        rows.setAxisLinePaint(ChartStyle.AXIS);
        rows.setTickMarksVisible(false);
        // Years, quarters or months as they fit the zoom, each named from its start ("2026", "2026-Q1", "Jan 2026").
        DateAxis time = new PeriodTickAxis(List.of(Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR), locale, true);
        time.setTickLabelFont(style.tickLabel());
        time.setTickLabelPaint(ChartStyle.MUTED_TEXT);
        time.setAxisLinePaint(ChartStyle.AXIS);
        time.setLowerMargin(0.02);
        time.setUpperMargin(0.02);

        // Zoom and pan change time only; every row stays in view.
        XYPlot plot = new TimeZoomPlot(barsDataset(bars), rows, time, barRenderer(model), false);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(1, markersDataset(bars));
        plot.setRenderer(1, markerRenderer(model));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessageFont(style.legend());
        addDateLine(plot, model);
        addTopTimeAxis(plot, time, locale);
        return plot;
    }

    /**
     * The same time axis along the top: a tall timeline scrolls in the window and runs down a page,
     * and its dates must stay in sight at one end or the other, zoomed or not. It follows the
     * bottom axis through every zoom, pan and reset.
     */
    private void addTopTimeAxis(XYPlot plot, DateAxis time, Locale locale) {
        DateAxis top = new PeriodTickAxis(List.of(Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR), locale, true);
        top.setTickLabelFont(style.tickLabel());
        top.setTickLabelPaint(ChartStyle.MUTED_TEXT);
        top.setAxisLinePaint(ChartStyle.AXIS);
        top.setTickMarkPaint(ChartStyle.AXIS);
        top.setRange(time.getRange(), true, false);
        plot.setRangeAxis(1, top, false);
        plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_LEFT, false);
        // Both ways: a zoom or pan of the plot reaches each axis in turn, and the top one must not move twice.
        AxisChangeListener follow = event -> {
            if (!top.getRange().equals(time.getRange())) {
                top.setRange(time.getRange(), true, true);
            }
        };
        time.addChangeListener(follow);
        top.addChangeListener(follow);
    }

    /** The deal of a clicked bar (its series is its row) or marker (its x is the row). */
    @Override
    public List<String> dealIdsAt(ChartModel model, XYItemEntity item) {
        int row = item.getDataset() instanceof XYIntervalSeriesCollection
                ? item.getSeriesIndex()
                : (int) Math.round(item.getDataset().getXValue(item.getSeriesIndex(), item.getItem()));
        return row >= 0 && row < model.bars().size() ? List.of(model.bars().get(row).dealId()) : List.of();
    }

    /** A vertical line at the as-of date (or today), so planned and past months are told apart. */
    private void addDateLine(XYPlot plot, ChartModel model) {
        if (model.bars().isEmpty()) {
            return;
        }
        LocalDate date = model.asOf() != null ? model.asOf() : model.generated();
        String label = model.asOf() != null ? text.get("chart.subtitle.asOf", date.toString()) : text.get("marker.today", date.toString());
        ValueMarker line = new ValueMarker(millis(date), ChartStyle.AS_OF_LINE,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        line.setLabel(label);
        line.setLabelFont(style.small());
        line.setLabelPaint(ChartStyle.AS_OF_LINE);
        line.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        line.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        plot.addRangeMarker(line);
    }

    private static XYIntervalSeriesCollection barsDataset(List<TimelineBar> bars) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        for (int i = 0; i < bars.size(); i++) {
            TimelineBar bar = bars.get(i);
            XYIntervalSeries series = new XYIntervalSeries(bar.dealId(), false, true);
            double start = millis(bar.start());
            double end = millis(bar.end().plusMonths(1));
            series.add(i, i - BAR_HALF_HEIGHT, i + BAR_HALF_HEIGHT, start, start, end);
            dataset.addSeries(series);
        }
        return dataset;
    }

    private XYBarRenderer barRenderer(ChartModel model) {
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(HatchedBarPainter.ofBars(model.bars()));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        for (int i = 0; i < model.bars().size(); i++) {
            TimelineBar bar = model.bars().get(i);
            renderer.setSeriesPaint(i, ChartStyle.fill(bar.colour(), bar.style()));
            // Unlike stacked segments, a lone bar needs an edge in its own colour even when solid.
            renderer.setSeriesOutlinePaint(i, bar.style() == SeriesStyle.SOLID ? ChartStyle.awt(bar.colour()) : ChartStyle.outline(bar.colour(), bar.style()));
            renderer.setSeriesOutlineStroke(i, ChartStyle.outlineStroke(bar.style()));
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> tooltips.bar(model.bars().get(series)));
        return renderer;
    }

    private static XYSeriesCollection markersDataset(List<TimelineBar> bars) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (TimelineMarker.Kind kind : TimelineMarker.Kind.values()) {
            XYSeries series = new XYSeries(kind.name(), false, true);
            for (int row = 0; row < bars.size(); row++) {
                for (TimelineMarker marker : bars.get(row).markers()) {
                    if (marker.kind() == kind) {
                        series.add(row, millis(marker.date()));
                    }
                }
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    private XYLineAndShapeRenderer markerRenderer(ChartModel model) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (TimelineMarker.Kind kind : TimelineMarker.Kind.values()) {
            renderer.setSeriesShape(kind.ordinal(), LegendItems.markerShape(kind));
            renderer.setSeriesPaint(kind.ordinal(), ChartStyle.MARKER);
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            TimelineBar bar = model.bars().get((int) Math.round(dataset.getXValue(series, item)));
            long at = (long) dataset.getYValue(series, item);
            TimelineMarker.Kind kind = TimelineMarker.Kind.values()[series];
            return bar.markers().stream().filter(m -> m.kind() == kind && millis(m.date()) == at).findFirst()
                    .map(m -> tooltips.marker(bar, m)).orElse(bar.title());
        });
        return renderer;
    }

    static String shorten(String title) {
        return title.length() <= MAX_ROW_LABEL ? title : title.substring(0, MAX_ROW_LABEL - 1).stripTrailing() + "\u2026";
    }

    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static long millis(YearMonth month) {
        return millis(month.atDay(1));
    }
}
