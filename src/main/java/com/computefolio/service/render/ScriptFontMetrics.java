package com.computefolio.service.render;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.function.ToDoubleFunction;

/**
 * A canvas's font metrics, except that text holding right-to-left characters is measured the way the
 * canvas will draw it (shaped, a font per run). Charts centre and right-align titles and labels by
 * these widths, so a measure that differed from the drawing would misplace every Arabic label.
 * Text without such characters is measured by the canvas's own metrics, exactly as before.
 */
public final class ScriptFontMetrics extends FontMetrics {

    private final FontMetrics base;
    private final ToDoubleFunction<String> bidiWidth;

    public ScriptFontMetrics(FontMetrics base, ToDoubleFunction<String> bidiWidth) {
        super(base.getFont());
        this.base = base;
        this.bidiWidth = bidiWidth;
    }

    @Override
    public int stringWidth(String str) {
        return ScriptText.needsBidi(str) ? (int) Math.round(bidiWidth.applyAsDouble(str)) : base.stringWidth(str);
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return stringWidth(new String(data, off, len));
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
        Rectangle2D bounds = base.getStringBounds(str, context);
        if (ScriptText.needsBidi(str)) {
            bounds.setRect(bounds.getX(), bounds.getY(), bidiWidth.applyAsDouble(str), bounds.getHeight());
        }
        return bounds;
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
        return getStringBounds(str.substring(beginIndex, limit), context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
        return getStringBounds(new String(chars, beginIndex, limit - beginIndex), context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        StringBuilder sb = new StringBuilder();
        char c = ci.setIndex(beginIndex);
        for (int i = beginIndex; i < limit; i++, c = ci.next()) {
            sb.append(c);
        }
        return getStringBounds(sb.toString(), context);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return base.getFontRenderContext();
    }

    @Override
    public int getLeading() {
        return base.getLeading();
    }

    @Override
    public int getAscent() {
        return base.getAscent();
    }

    @Override
    public int getDescent() {
        return base.getDescent();
    }

    @Override
    public int getHeight() {
        return base.getHeight();
    }

    @Override
    public int getMaxAscent() {
        return base.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
        return base.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
        return base.getMaxAdvance();
    }

    @Override
    public int charWidth(int codePoint) {
        return base.charWidth(codePoint);
    }

    @Override
    public int charWidth(char ch) {
        return base.charWidth(ch);
    }

    @Override
    public int[] getWidths() {
        return base.getWidths();
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return base.hasUniformLineMetrics();
    }

    @Override
    public LineMetrics getLineMetrics(String str, Graphics context) {
        return base.getLineMetrics(str, context);
    }

    @Override
    public LineMetrics getLineMetrics(String str, int beginIndex, int limit, Graphics context) {
        return base.getLineMetrics(str, beginIndex, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, Graphics context) {
        return base.getLineMetrics(chars, beginIndex, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        return base.getLineMetrics(ci, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
        return base.getMaxCharBounds(context);
    }
}
