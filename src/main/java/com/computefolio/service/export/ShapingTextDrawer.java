package com.computefolio.service.export;

import com.computefolio.service.render.ScriptFontMetrics;
import com.computefolio.service.render.ScriptText;
import com.computefolio.service.render.TextDirection;
import com.computefolio.service.render.VisualLine;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes text holding right-to-left characters into a PDF as real text: shaped into the joined
 * presentation forms and shown in visual order, a font per run ({@link VisualLine}). That is the order
 * PDF text extractors expect ({@code pdftotext}, PDFBox, copying from a reader): they put right-to-left
 * runs back into logical order themselves, and Unicode normalisation (NFKC) turns the presentation forms
 * back into the letters as stored. No ActualText is written: poppler reverses an ActualText of Arabic
 * a second time (measured in ADR 32). The stock drawer refuses such text and draws it as outlines (not
 * selectable, not searchable); it still draws every line without right-to-left characters, so English
 * output is unchanged byte for byte.
 *
 * <p>Widths come from the same {@link VisualLine}, so what a chart or the report measures is what is drawn.
 */
final class ShapingTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final TextDirection direction;
    private final FontSource extraFonts;

    /** Fonts loaded only when first asked for (the Arabic faces): null for a font it does not hold. */
    @FunctionalInterface
    interface FontSource {
        PDFont fontFor(Font font) throws IOException;
    }

    ShapingTextDrawer(TextDirection direction, FontSource extraFonts) {
        this.direction = direction;
        this.extraFonts = extraFonts;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        PDFont extra = extraFonts.fontFor(font);
        return extra != null ? extra : super.mapFont(font, env);
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        String text = text(iterator);
        if (!ScriptText.needsBidi(text)) {
            return super.canDrawText(iterator, env);
        }
        Font font = fontOf(iterator, env);
        if (font.isTransformed() || iterator.getAttribute(TextAttribute.BACKGROUND) != null) {
            return false;
        }
        VisualLine line = VisualLine.of(text, font, direction.isRightToLeftLine(text));
        for (VisualLine.Run run : line.runs()) {
            if (mapFont(run.font(), env) == null) {
                return false;
            }
        }
        return line.drawable();
    }

    @Override
    public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        String text = text(iterator);
        if (!ScriptText.needsBidi(text)) {
            super.drawText(iterator, env);
            return;
        }
        Font font = fontOf(iterator, env);
        Paint paint = (Paint) iterator.getAttribute(TextAttribute.FOREGROUND);
        boolean rightToLeft = direction.isRightToLeftLine(text);
        VisualLine line = VisualLine.of(text, font, rightToLeft);
        PDPageContentStream stream = env.getContentStream();
        stream.saveGraphicsState();
        stream.beginText();
        // The canvas has y down; text is drawn with y up, as the stock drawer does.
        stream.setTextMatrix(new Matrix(1, 0, 0, -1, 0, 0));
        env.applyPaint(paint == null ? env.getPaint() : paint, null);
        Optional<VisualLine.Run> mark = ExtractionMark.before(line, rightToLeft);
        // a font without the mark's glyph would refuse it; the line is then read as before
        if (mark.isPresent() && mark.get().font().canDisplay(ExtractionMark.RIGHT_TO_LEFT_MARK.charAt(0))) {
            // Invisible text (render mode 3): the font's glyph for the mark is a visible control picture of no width
            stream.setRenderingMode(RenderingMode.NEITHER);
            show(stream, mark.get(), env);
            stream.setRenderingMode(RenderingMode.FILL);
        }
        for (VisualLine.Run run : line.runs()) {
            show(stream, run, env);
        }
        stream.endText();
        stream.restoreGraphicsState();
    }

    private void show(PDPageContentStream stream, VisualLine.Run run, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        stream.setFont(mapFont(run.font(), env), run.font().getSize2D());
        stream.showText(run.glyphs());
    }

    @Override
    public FontMetrics getFontMetrics(Font f, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        return new ScriptFontMetrics(super.getFontMetrics(f, env), text -> VisualLine.of(text, f, direction.isRightToLeftLine(text)).width());
    }

    private static Font fontOf(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
        Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
        return font == null ? env.getFont() : font;
    }

    /** The whole text of the iterator, which is left where it was found (at its start). */
    private static String text(AttributedCharacterIterator iterator) {
        StringBuilder sb = new StringBuilder(iterator.getEndIndex() - iterator.getBeginIndex());
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            sb.append(c);
        }
        iterator.first();
        return sb.toString();
    }
}
