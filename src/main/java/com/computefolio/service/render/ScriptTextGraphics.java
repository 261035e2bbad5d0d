package com.computefolio.service.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.Map;
import org.jfree.svg.SVGHints;

/**
 * A chart canvas for PNG and SVG on which text holding right-to-left characters is drawn right: Arabic
 * runs in Noto Sans Arabic, the line in the direction of its language ({@link TextDirection}), and
 * measured the way it is drawn, so titles and labels are centred and aligned by their true widths.
 * Every other call, and every line without right-to-left characters, goes to the canvas untouched.
 *
 * <ul>
 *   <li>An image: Java's own text layout draws the line with a font on each run; it does the bidi and
 *       shapes the Arabic with the font's tables, as the JDK does for any text.</li>
 *   <li>SVG: the text stays logical, as written, in a {@code <text>} inside a group that says
 *       {@code direction="rtl"} where the line runs right to left, with Noto Sans Arabic first in its
 *       font list: the browser shapes and orders it. In a right-to-left line the start is the right end,
 *       so the group anchors the text at its end (its left end) where Java measured it from.</li>
 * </ul>
 */
public final class ScriptTextGraphics extends ForwardingGraphics2D {

    private static final Map<String, String> RIGHT_TO_LEFT = Map.of("direction", "rtl", "text-anchor", "end");

    private final TextDirection direction;
    private final boolean svg;

    private ScriptTextGraphics(Graphics2D delegate, TextDirection direction, boolean svg) {
        super(delegate);
        this.direction = direction;
        this.svg = svg;
    }

    /** A canvas over an image's graphics. */
    public static Graphics2D forImage(Graphics2D image, TextDirection direction) {
        return new ScriptTextGraphics(image, direction, false);
    }

    /** A canvas over JFreeSVG's graphics. */
    public static Graphics2D forSvg(Graphics2D svg, TextDirection direction) {
        return new ScriptTextGraphics(svg, direction, true);
    }

    /** The SVG font list of a family: Arabic text names Noto Sans Arabic first, then the Latin face for the rest. */
    public static String svgFamilies(String family) {
        if (ChartFonts.ARABIC_FAMILY.equals(family)) {
            return "\"Noto Sans Arabic\", \"DejaVu Sans\", Tahoma, sans-serif";
        }
        return ChartFonts.FAMILY.equals(family) ? "\"DejaVu Sans\", Verdana, sans-serif" : family;
    }

    @Override
    public Graphics create() {
        return new ScriptTextGraphics((Graphics2D) delegate.create(), direction, svg);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return new ScriptFontMetrics(delegate.getFontMetrics(f),
                line -> ScriptText.layoutWidth(line, f, direction.isRightToLeftLine(line), getFontRenderContext()));
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (!ScriptText.needsBidi(str)) {
            delegate.drawString(str, x, y);
            return;
        }
        boolean rightToLeft = direction.isRightToLeftLine(str);
        Font font = delegate.getFont();
        if (!svg) {
            delegate.drawString(ScriptText.attributed(str, font, rightToLeft).getIterator(), x, y);
            return;
        }
        delegate.setFont(ChartFonts.arabicFor(font));
        try {
            if (rightToLeft) {
                delegate.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, RIGHT_TO_LEFT);
            }
            delegate.drawString(str, x, y);
            if (rightToLeft) {
                delegate.setRenderingHint(SVGHints.KEY_END_GROUP, "");
            }
        } finally {
            delegate.setFont(font);
        }
    }
}
