package com.computefolio.service.render;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of one font each: Arabic letters in Noto Sans Arabic, everything else in the
 * font asked for (DejaVu Sans). Digits, spaces and punctuation (script "common") stay in the run they
 * stand in when its font has them, so "٢٠٢٦ صفقة" or a comma between Arabic words does not break a run.
 * Text without right-to-left characters is never touched here: English output stays as it was.
 */
public final class ScriptText {

    private ScriptText() {
    }

    /** One run of text in one font: characters {@code start} to {@code limit} of the line, in logical order. */
    public record FontRun(int start, int limit, Font font) {
    }

    /** Whether the text holds right-to-left characters (letters, Arabic digits, embeddings) and so needs bidi. */
    public static boolean needsBidi(String text) {
        return text != null && !text.isEmpty() && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** The text's runs of one font each, in logical order. */
    public static List<FontRun> fontRuns(String text, Font base) {
        Font arabic = ChartFonts.arabicFor(base);
        List<FontRun> runs = new ArrayList<>();
        Font current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font font = fontOf(cp, current, base, arabic);
            if (font != current) {
                if (current != null) {
                    runs.add(new FontRun(start, i, current));
                }
                current = font;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new FontRun(start, text.length(), current));
        }
        return runs;
    }

    private static Font fontOf(int cp, Font previous, Font base, Font arabic) {
        int script = UScript.getScript(cp);
        if (script == UScript.ARABIC) {
            return arabic;
        }
        boolean neutral = script == UScript.COMMON || script == UScript.INHERITED;
        if (neutral && previous != null && previous.canDisplay(cp)) {
            return previous;
        }
        return base.canDisplay(cp) || !arabic.canDisplay(cp) ? base : arabic;
    }

    /**
     * The text with a font on each run and its paragraph direction, for Java's own text layout (which
     * then does bidi and shapes the Arabic runs with the font's tables): what a raster image draws.
     */
    public static AttributedString attributed(String text, Font base, boolean rightToLeft) {
        AttributedString attributed = new AttributedString(text);
        for (FontRun run : fontRuns(text, base)) {
            attributed.addAttribute(TextAttribute.FONT, run.font(), run.start(), run.limit());
        }
        attributed.addAttribute(TextAttribute.RUN_DIRECTION,
                rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return attributed;
    }

    /** The advance of the text laid out by Java with a font per run: the width a raster image or an SVG gives it. */
    public static double layoutWidth(String text, Font base, boolean rightToLeft, FontRenderContext frc) {
        return new TextLayout(attributed(text, base, rightToLeft).getIterator(), frc).getAdvance();
    }
}
