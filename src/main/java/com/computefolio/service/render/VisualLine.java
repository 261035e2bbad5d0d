package com.computefolio.service.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of text as a PDF must draw it: Arabic letters shaped into their joined forms (ICU's
 * {@link ArabicShaping}: initial, medial, final and isolated forms and the lam-alef ligatures), then cut by
 * ICU's {@link Bidi} into directional runs put in visual order, right-to-left runs reversed with their
 * brackets mirrored, and each run split by font ({@link ScriptText}). A PDF shows glyphs left to right
 * and does no shaping of its own, so this is the whole of the work; the logical text travels beside it
 * (as the PDF's ActualText) so that copying and text extraction give back the words as written.
 */
public record VisualLine(String logical, List<Run> runs) {

    /** Advances as the PDF measures them: from the font's metrics, unhinted. */
    private static final FontRenderContext UNHINTED = new FontRenderContext(new AffineTransform(),
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    /** Characters to show left to right in one font (presentation forms for Arabic letters). */
    public record Run(String glyphs, Font font) {
        /** Whether the font has a glyph for every character of the run. */
        boolean drawable() {
            return font.canDisplayUpTo(glyphs) == -1;
        }
    }

    public VisualLine {
        runs = List.copyOf(runs);
    }

    /** The line laid out left to right, as a paragraph of the given direction. */
    public static VisualLine of(String logical, Font base, boolean rightToLeft) {
        String shaped = shape(rightToLeft ? ScriptText.isolated(logical) : logical);
        Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LTR);
        List<ScriptText.FontRun> fonts = ScriptText.fontRuns(shaped, base);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun level = bidi.getVisualRun(i);
            List<Run> pieces = new ArrayList<>();
            for (ScriptText.FontRun font : fonts) {
                int start = Math.max(font.start(), level.getStart());
                int limit = Math.min(font.limit(), level.getLimit());
                if (start < limit) {
                    // The isolates set apart above have done their work: they are not drawn.
                    String piece = ScriptText.withoutBidiControls(shaped.substring(start, limit));
                    if (!piece.isEmpty()) {
                        pieces.add(new Run(level.isOddRun() ? Bidi.writeReverse(piece, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING) : piece,
                                font.font()));
                    }
                }
            }
            if (level.isOddRun()) {
                Collections.reverse(pieces);
            }
            runs.addAll(pieces);
        }
        return new VisualLine(logical, runs);
    }

    /** The width the line takes when its runs are shown one after the other. */
    public double width() {
        double width = 0;
        for (Run run : runs) {
            width += run.font().createGlyphVector(UNHINTED, run.glyphs()).getLogicalBounds().getWidth();
        }
        return width;
    }

    /** Whether every run can be shown in its font (else the caller draws the line another way). */
    public boolean drawable() {
        return runs.stream().allMatch(Run::drawable);
    }

    /** Arabic letters in their contextual forms; text ICU cannot shape (none is known) stays as it was. */
    static String shape(String logical) {
        try {
            return new ArabicShaping(SHAPING).shape(logical);
        } catch (ArabicShapingException e) {
            return logical;
        }
    }
}
