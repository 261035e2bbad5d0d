package com.computefolio.service.render;

import com.computefolio.service.chart.ChartDrawing;
import com.computefolio.service.chart.ChartKinds;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartTooltips;
import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * Draws a {@link ChartModel} as a {@link JFreeChart}: the object the window shows in a
 * {@code ChartViewer} and every exporter paints onto SVG, PDF and PNG. Title, subtitle (filters,
 * as-of date), legend (groups, and how confidence is drawn) and footnote (numbered sources) are
 * part of the chart, so an exported chart carries them wherever it is pasted.
 *
 * <p>A new chart per call; a JFreeChart is not thread-safe, a factory is.
 */
public final class JFreeChartFactory {

    /** The size charts are laid out for when the caller does not say. */
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 600;

    private final ChartStyle style;
    private final ChartText text;
    /** The plot of each way of drawing; EnumMap so that a drawing without a plot fails the tests, not a user. */
    private final Map<ChartDrawing, PlotKind> plots = new EnumMap<>(ChartDrawing.class);

    public JFreeChartFactory(ChartFonts fonts, ChartText text) {
        // JFreeChart draws rotated text (the value axis label) through TextLayout by default, a
        // workaround for Java 1.4-era bugs that turns the text into outlines in SVG and PDF. Java 17
        // rotates drawString correctly, so keep the label as real text. (A JFreeChart-wide switch.)
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        this.style = new ChartStyle(fonts);
        this.text = text;
        ChartTooltips tooltips = new ChartTooltips(text);
        PeriodicPlot periodic = new PeriodicPlot(style, tooltips);
        plots.put(ChartDrawing.STACKED_BARS, periodic);
        plots.put(ChartDrawing.STACKED_AREAS, periodic);
        plots.put(ChartDrawing.DEAL_BARS, new TimelinePlot(style, tooltips, text));
        plots.put(ChartDrawing.DIVERGING_BARS, new FlowsPlot(style));
        plots.put(ChartDrawing.LINES, new LinesPlot(style, tooltips));
    }

    /** Which way the texts of these charts run: their titles align to its start. */
    public TextDirection direction() {
        return TextDirection.of(text.locale());
    }

    public JFreeChart create(ChartModel model) {
        XYPlot plot = plotOf(model).create(model, text.locale());
        plot.setNoDataMessage(text.get("empty.chart"));
        plot.setFixedLegendItems(LegendItems.of(model, text.get("legend.range")));

        JFreeChart chart = new JFreeChart(model.title(), style.title(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 12, 8, 12));
        chart.getTitle().setPaint(ChartStyle.TEXT);
        chart.getTitle().setHorizontalAlignment(start());
        chart.getTitle().setMargin(0, 0, 2, 0);
        // Titles take their space from the edges in the order added: the footnote spans the whole
        // bottom, the subtitle the whole top under the title, and the legend the right of what is left.
        chart.addSubtitle(footnote(model));
        chart.addSubtitle(subtitle(model));
        chart.addSubtitle(legend(plot));
        return chart;
    }

    /**
     * The deals behind whatever the user clicked: a segment (series × period), a deal's bar or
     * marker, or a legend entry (all deals of that group). Empty for anything else.
     */
    public List<String> dealIdsAt(ChartModel model, ChartEntity entity) {
        if (entity instanceof XYItemEntity item) {
            return plotOf(model).dealIdsAt(model, item);
        }
        if (entity instanceof LegendItemEntity legend && legend.getSeriesKey() != null) {
            return model.dealIdsOfGroup(legend.getSeriesKey().toString());
        }
        return List.of();
    }

    /**
     * Marks a chart as one drawn on a screen where a clip is dear (JavaFX's canvas blends a mask over
     * the whole canvas for each): its bars' hatching is cut to the bars by arithmetic, not clipped.
     * Exports draw charts without this mark, exactly as before. The window words a segment's tooltip
     * itself when the pointer rests on it, so the segments carry none (see {@link SegmentTooltips}).
     */
    public static void drawnOnScreen(JFreeChart chart) {
        chart.getRenderingHints().put(Hatching.CLIP_FREE, Boolean.TRUE);
        SegmentTooltips.leaveToTheWindow(chart);
    }

    /**
     * The period (index into the model's periods) of a segment of a periodic chart; -1 for the
     * point a running total's area starts from, one period before the first, which is no period.
     */
    public static int periodIndexAt(ChartModel model, XYItemEntity item) {
        return PeriodicPlot.periodOf(model, item.getItem());
    }

    /** Whether a drawn item is a context line or range (its tooltip says all; no deals are behind it). */
    public static boolean isContext(XYItemEntity item) {
        return OverlayLayer.isOverlay(item);
    }

    private PlotKind plotOf(ChartModel model) {
        PlotKind plot = plots.get(ChartKinds.of(model.type()).drawing(model.request()));
        if (plot == null) {
            throw new IllegalStateException("no plot draws " + ChartKinds.of(model.type()).drawing(model.request()));
        }
        return plot;
    }

    /** Where the language's lines start: titles, subtitle and footnote align there. */
    private HorizontalAlignment start() {
        return direction().isRightToLeft() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT;
    }

    private TextTitle subtitle(ChartModel model) {
        TextTitle title = new TextTitle(model.subtitle(), style.subtitle(), ChartStyle.MUTED_TEXT, RectangleEdge.TOP,
                start(), VerticalAlignment.TOP, new RectangleInsets(0, 0, 8, 0));
        title.setTextAlignment(start());
        return title;
    }

    private TextTitle footnote(ChartModel model) {
        TextTitle title = new TextTitle(model.footnote(), style.footnote(), ChartStyle.MUTED_TEXT, RectangleEdge.BOTTOM,
                start(), VerticalAlignment.BOTTOM, new RectangleInsets(6, 0, 0, 0));
        title.setTextAlignment(start());
        return title;
    }

    private LegendTitle legend(XYPlot plot) {
        LegendTitle legend = new LegendTitle(plot);
        // Where a reader of the language ends a line: the plot (its time axis runs left to right in
        // every language) comes first, the legend after it.
        legend.setPosition(direction().isRightToLeft() ? RectangleEdge.LEFT : RectangleEdge.RIGHT);
        legend.setItemFont(style.legend());
        legend.setItemPaint(ChartStyle.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setVerticalAlignment(VerticalAlignment.TOP);
        legend.setMargin(new RectangleInsets(4, 10, 4, 0));
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
        return legend;
    }
}
