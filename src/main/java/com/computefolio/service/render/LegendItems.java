package com.computefolio.service.render;

import com.computefolio.service.chart.ChartColor;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartOverlay;
import com.computefolio.service.chart.FigureMark;
import com.computefolio.service.chart.LegendEntry;
import com.computefolio.service.chart.Palette;
import com.computefolio.service.chart.SeriesStyle;
import com.computefolio.service.chart.TimelineMarker;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/** Turns a model's legend entries into JFreeChart legend items: groups, style swatches and marker shapes. */
final class LegendItems {

    private static final Shape SWATCH = new Rectangle2D.Double(-5, -5, 10, 10);

    private LegendItems() {
    }

    static LegendItemCollection of(ChartModel model, String rangeLabel) {
        LegendItemCollection items = new LegendItemCollection();
        for (LegendEntry entry : model.legend()) {
            LegendItem item = switch (entry.kind()) {
                case GROUP -> group(entry);
                case STYLE -> swatch(entry);
                case MARKER -> marker(entry);
                case PATTERN -> pattern(entry);
            };
            item.setSeriesKey(entry.key());
            items.add(item);
        }
        for (int i = 0; i < model.overlays().size(); i++) {
            ChartOverlay overlay = model.overlays().get(i);
            LegendItem line = new LegendItem(overlay.label(), null, null, null, true, new Ellipse2D.Double(-3, -3, 6, 6), true,
                    OverlayLayer.colour(i), false, OverlayLayer.colour(i), new BasicStroke(1f), true,
                    new Line2D.Double(-8, 0, 8, 0), OverlayLayer.LINE, OverlayLayer.colour(i));
            line.setSeriesKey(overlay.key());
            items.add(line);
        }
        if (!model.ranges().isEmpty()) {
            LegendItem range = new LegendItem(rangeLabel, null, null, null, false, SWATCH, false, ChartStyle.MARKER, false,
                    ChartStyle.MARKER, new BasicStroke(1f), true, new Line2D.Double(0, -6, 0, 6), OverlayLayer.RANGE, ChartStyle.MARKER);
            items.add(range);
        }
        return items;
    }

    private static LegendItem group(LegendEntry entry) {
        ChartColor colour = entry.colour();
        boolean outlined = entry.style() != SeriesStyle.SOLID;
        return item(entry.label(), SWATCH, ChartStyle.fill(colour, entry.style()), outlined,
                outlined ? ChartStyle.outline(colour, entry.style()) : ChartStyle.awt(colour), ChartStyle.swatchStroke(entry.style()));
    }

    /** A style's swatch: its fill and edge, and for reported and estimated figures the hatching that goes with them. */
    private static LegendItem swatch(LegendEntry entry) {
        boolean outlined = entry.style() != SeriesStyle.SOLID;
        Shape shape = switch (entry.style()) {
            case SOLID -> SWATCH;
            case LIGHT -> patternSwatch(FigureMark.REPORTED);
            case DASHED -> patternSwatch(FigureMark.ESTIMATE);
        };
        return item(entry.label(), shape, ChartStyle.fill(entry.colour(), entry.style()), outlined, ChartStyle.awt(entry.colour()),
                ChartStyle.swatchStroke(entry.style()));
    }

    /**
     * A white square crossed by the mark's lines, drawn in grey: the lines are part of the swatch's
     * outline, so the legend needs no painting of its own and exports like any other legend item.
     */
    private static LegendItem pattern(LegendEntry entry) {
        if (entry.isRemainder()) {
            // A named remainder: its group's fill, crossed by the remainder's dots in the colour the chart draws them.
            return item(entry.label(), patternSwatch(FigureMark.REMAINDER), ChartStyle.fill(entry.colour(), entry.style()), true,
                    Hatching.ink(entry.style() == SeriesStyle.SOLID, ChartStyle.awt(Palette.edge(entry.colour()))),
                    Hatching.stroke(FigureMark.REMAINDER));
        }
        return item(entry.label(), patternSwatch(entry.pattern()), Color.WHITE, true, ChartStyle.awt(entry.colour()),
                Hatching.stroke(entry.pattern()));
    }

    /** The swatch's square with the mark's lines inside it, 12 units wide, centred on the origin. */
    static Shape patternSwatch(FigureMark mark) {
        double h = 6;
        Path2D.Double path = new Path2D.Double(new Rectangle2D.Double(-h, -h, 2 * h, 2 * h));
        for (double c = -h + 3; c < h; c += 3) {
            switch (mark) {
                case REPORTED -> segment(path, c < 0 ? -h : c - h, c < 0 ? c + h : h, c < 0 ? c + h : h, c < 0 ? -h : c - h);
                case ESTIMATE -> segment(path, c < 0 ? -h : c - h, c < 0 ? -c - h : -h, c < 0 ? c + h : h, c < 0 ? h : h - c);
                case CEILING -> segment(path, -h, c, h, c);
                case ASSUMED -> segment(path, c, -h, c, h);
                case REMAINDER -> segment(path, -h, c, h, c);
            }
        }
        return path;
    }

    private static void segment(Path2D.Double path, double x0, double y0, double x1, double y1) {
        path.moveTo(x0, y0);
        path.lineTo(x1, y1);
    }

    private static LegendItem marker(LegendEntry entry) {
        return item(entry.label(), markerShape(entry.marker()), ChartStyle.MARKER, false, ChartStyle.MARKER, new BasicStroke(1f));
    }

    private static LegendItem item(String label, Shape shape, java.awt.Paint fill, boolean outlineVisible,
                                   java.awt.Paint outline, java.awt.Stroke outlineStroke) {
        return new LegendItem(label, null, null, null, true, shape, true, fill, outlineVisible, outline, outlineStroke,
                false, new Line2D.Double(), new BasicStroke(1f), Color.BLACK);
    }

    /** Diamond: announced; circle: revised; triangle: milestone. Centred on the origin. */
    static Shape markerShape(TimelineMarker.Kind kind) {
        return switch (kind) {
            case ANNOUNCED -> polygon(new double[] {0, 4.5, 0, -4.5}, new double[] {-4.5, 0, 4.5, 0});
            case REVISED -> new Ellipse2D.Double(-3.5, -3.5, 7, 7);
            case MILESTONE -> polygon(new double[] {0, 4.5, -4.5}, new double[] {-4.5, 4, 4});
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        return path;
    }
}
