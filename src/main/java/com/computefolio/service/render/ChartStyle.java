package com.computefolio.service.render;

import com.computefolio.service.chart.ChartColor;
import com.computefolio.service.chart.Palette;
import com.computefolio.service.chart.SeriesStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * Fonts, greys and strokes shared by every chart, sized in points for a chart about 960 × 600:
 * the same numbers serve the window (pixels), SVG (user units) and PDF (points). Font sizes are
 * whole numbers because SVG output writes {@code Font.getSize()}, an int: a 8.5 pt font laid out
 * by Java would come out as 9 px in the SVG and overrun what was measured.
 */
final class ChartStyle {

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color AXIS = new Color(0x888888);
    static final Color MARKER = new Color(0x2B2B2B);
    static final Color AS_OF_LINE = new Color(0xB03A2E);

    private static final float[] DASH = {3.5f, 2.5f};

    private final ChartFonts fonts;

    ChartStyle(ChartFonts fonts) {
        this.fonts = fonts;
    }

    Font title() {
        return fonts.bold(15f);
    }

    Font subtitle() {
        return fonts.regular(10f);
    }

    Font footnote() {
        return fonts.regular(9f);
    }

    Font axisLabel() {
        return fonts.regular(10f);
    }

    Font tickLabel() {
        return fonts.regular(9f);
    }

    Font legend() {
        return fonts.regular(10f);
    }

    Font small() {
        return fonts.regular(9f);
    }

    /** The model's colour on a Java 2D canvas. */
    static Color awt(ChartColor colour) {
        return new Color(colour.rgb());
    }

    /** What a series or bar is filled with. */
    static Paint fill(ChartColor colour, SeriesStyle style) {
        return awt(Palette.fill(colour, style));
    }

    /** Official segments get a hairline of white so stacked segments stay apart; the others an edge in their colour. */
    static Paint outline(ChartColor colour, SeriesStyle style) {
        return style == SeriesStyle.SOLID ? Color.WHITE : awt(Palette.edge(colour));
    }

    static Stroke outlineStroke(SeriesStyle style) {
        return switch (style) {
            case SOLID -> new BasicStroke(0.6f);
            case LIGHT -> new BasicStroke(1.0f);
            case DASHED -> new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f);
        };
    }

    /** Legend swatches explain a style in grey, with the edge that the chart draws. */
    static Stroke swatchStroke(SeriesStyle style) {
        return style == SeriesStyle.DASHED
                ? new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 1.5f}, 0f)
                : new BasicStroke(1.0f);
    }
}
