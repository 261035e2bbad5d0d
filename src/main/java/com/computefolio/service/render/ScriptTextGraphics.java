package com.computefolio.service.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
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
 *   <li>A canvas on screen (JavaFX's, through FXGraphics2D): every line, in any script, is laid out by
 *       Java as for an image and filled as its outline, and measured by Java's metrics. No text reaches
 *       the JavaFX canvas as text: JavaFX 21 on Linux lays canvas text out with Pango on both the FX and
 *       the render thread, which is not safe and aborted the JVM (ADR 0046).</li>
 * </ul>
 */
public final class ScriptTextGraphics extends ForwardingGraphics2D {

    private static final Map<String, String> RIGHT_TO_LEFT = Map.of("direction", "rtl", "text-anchor", "end");

    /** What the canvas underneath is, which decides how a line of text reaches it. */
    private enum Target { IMAGE, SVG, OUTLINES }

    private final TextDirection direction;
    private final Target target;
    /** For {@link Target#OUTLINES}: Java's metrics and layout, antialiased with fractional widths; else null. */
    private final Graphics2D measure;

    private ScriptTextGraphics(Graphics2D delegate, TextDirection direction, Target target, Graphics2D measure) {
        super(delegate);
        this.direction = direction;
        this.target = target;
        this.measure = measure;
    }

    /** A canvas over an image's graphics. */
    public static Graphics2D forImage(Graphics2D image, TextDirection direction) {
        return new ScriptTextGraphics(image, direction, Target.IMAGE, null);
    }

    /** A canvas over JFreeSVG's graphics. */
    public static Graphics2D forSvg(Graphics2D svg, TextDirection direction) {
        return new ScriptTextGraphics(svg, direction, Target.SVG, null);
    }

    /**
     * A canvas on screen on which every line of text, in any script, is filled as the outline of its glyphs,
     * shaped and ordered as on an image and measured the same way; the canvas underneath never gets text.
     */
    public static Graphics2D forOutlines(Graphics2D screen, TextDirection direction) {
        Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        measure.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        measure.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return new ScriptTextGraphics(screen, direction, Target.OUTLINES, measure);
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
        return new ScriptTextGraphics((Graphics2D) delegate.create(), direction, target, measure);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        FontMetrics base = target == Target.OUTLINES ? measure.getFontMetrics(f) : delegate.getFontMetrics(f);
        return new ScriptFontMetrics(base,
                line -> ScriptText.layoutWidth(line, f, direction.isRightToLeftLine(line), getFontRenderContext()));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return target == Target.OUTLINES ? measure.getFontRenderContext() : delegate.getFontRenderContext();
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (target == Target.OUTLINES) {
            if (!str.isEmpty()) {
                TextLayout layout = new TextLayout(
                        ScriptText.attributed(str, getFont(), direction.isRightToLeftLine(str)).getIterator(), getFontRenderContext());
                fillOutline(layout, x, y);
            }
            return;
        }
        if (!ScriptText.needsBidi(str)) {
            delegate.drawString(str, x, y);
            return;
        }
        boolean rightToLeft = direction.isRightToLeftLine(str);
        Font font = delegate.getFont();
        if (target == Target.IMAGE) {
            delegate.drawString(ScriptText.attributed(str, font, rightToLeft).getIterator(), x, y);
            return;
        }
        delegate.setFont(ChartFonts.arabicFor(font));
        try {
            if (rightToLeft) {
                delegate.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, RIGHT_TO_LEFT);
            }
            // The browser orders the logical text itself: amounts inside Arabic go to it set apart (ScriptText.isolated).
            delegate.drawString(rightToLeft ? ScriptText.isolated(str) : str, x, y);
            if (rightToLeft) {
                delegate.setRenderingHint(SVGHints.KEY_END_GROUP, "");
            }
        } finally {
            delegate.setFont(font);
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        if (target != Target.OUTLINES) {
            delegate.drawString(iterator, x, y);
        } else if (iterator.getAllAttributeKeys().isEmpty()) {
            // Plain text in an iterator: the canvas's font, as drawString(String) would use.
            drawString(plain(iterator), x, y);
        } else if (iterator.getEndIndex() > iterator.getBeginIndex()) {
            fillOutline(new TextLayout(iterator, getFontRenderContext()), x, y);
        }
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        if (target == Target.OUTLINES) {
            delegate.fill(glyphs.getOutline(x, y));
        } else {
            delegate.drawGlyphVector(glyphs, x, y);
        }
    }

    private void fillOutline(TextLayout layout, float x, float y) {
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        delegate.fill(outline);
    }

    private static String plain(CharacterIterator iterator) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        return text.toString();
    }
}
