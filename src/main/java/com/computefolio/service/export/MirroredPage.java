package com.computefolio.service.export;

import com.computefolio.service.render.ForwardingGraphics2D;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.text.AttributedCharacterIterator;

/**
 * A page canvas mirrored left to right, for a report in a right-to-left language: the painter lays a
 * page out as for English and everything lands mirrored (margins, table columns whose first column is
 * now on the right, rules, bands, the footer), except that text is not turned into mirror writing:
 * each string is drawn unmirrored where its mirrored box falls, so a line that started at the left
 * margin now ends at the right one. Charts are not drawn through it: their time axis still runs left
 * to right, as Arabic readers expect of a chart.
 */
final class MirroredPage extends ForwardingGraphics2D {

    private MirroredPage(Graphics2D delegate) {
        super(delegate);
    }

    /** A copy of the canvas, mirrored about the middle of a page of the given width. */
    static Graphics2D of(Graphics2D canvas, double pageWidth) {
        Graphics2D copy = (Graphics2D) canvas.create();
        copy.translate(pageWidth, 0);
        copy.scale(-1, 1);
        return new MirroredPage(copy);
    }

    /** A page coordinate back in the unmirrored page: where a box of the given width starting at x lands. */
    static double mirrorX(double x, double width, double pageWidth) {
        return pageWidth - x - width;
    }

    @Override
    public Graphics create() {
        return new MirroredPage((Graphics2D) delegate.create());
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        unmirrored(TextWrap.width(str, getFont()), x, (g, left) -> g.drawString(str, left, y));
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        double width = new TextLayout(iterator, getFontRenderContext()).getAdvance();
        unmirrored(width, x, (g, left) -> g.drawString(iterator, left, y));
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        unmirrored(glyphs.getLogicalBounds().getWidth(), x, (g, left) -> g.drawGlyphVector(glyphs, left, y));
    }

    private interface Text {
        void draw(Graphics2D g, float left);
    }

    /**
     * Draws with the mirroring undone for a moment: under the page's transform T·M (M the mirror) the
     * text goes through T·M·M = T, at the x where the mirror puts the left end of its box, which is
     * {@code -x - width} in these coordinates.
     */
    private void unmirrored(double width, float x, Text text) {
        AffineTransform saved = delegate.getTransform();
        try {
            delegate.scale(-1, 1);
            text.draw(delegate, (float) (-x - width));
        } finally {
            delegate.setTransform(saved);
        }
    }
}
