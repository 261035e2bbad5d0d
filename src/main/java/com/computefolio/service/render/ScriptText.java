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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into runs of one font each: Arabic letters in Noto Sans Arabic, everything else in the
 * font asked for (DejaVu Sans). Digits, spaces and punctuation (script "common") stay in the run they
 * stand in when its font has them, so "٢٠٢٦ صفقة" or a comma between Arabic words does not break a run.
 * Text without right-to-left characters is never touched here: English output stays as it was.
 */
public final class ScriptText {

    private ScriptText() {
    }

    /** First strong isolate and pop directional isolate (Unicode 6.3): a piece of text laid out on its own. */
    public static final char FSI = '\u2068';
    public static final char PDI = '\u2069';

    /**
     * A run of Latin text holding a digit: an amount ("$440B", "-$1.2B", "CHF 5.0B", "4.5 GW"), a date, a
     * percentage; Latin words joined to it by single spaces belong to it, trailing full stops and commas do not.
     */
    private static final Pattern LATIN_WITH_DIGITS = Pattern.compile(
            "[-+\u2212]?[$\u20ac\u00a3\u00a5]?[0-9A-Za-z][0-9A-Za-z.,%/:$\u20ac\u00a3\u00a5+\\-\u2212]*"
                    + "(?: [-+\u2212]?[$\u20ac\u00a3\u00a5]?[0-9A-Za-z][0-9A-Za-z.,%/:$\u20ac\u00a3\u00a5+\\-\u2212]*)*");

    /**
     * The line with each run of Latin text that holds a digit set apart in an isolate (FSI…PDI), for a right-to-left
     * line: inside Arabic, Unicode's bidi turns the digits of "$440B" into Arabic numbers and sends the "$" to the
     * other side ("440B$"); isolated, the run keeps its own left-to-right order. Runs without a digit (a Latin name)
     * already keep theirs. Drawing code removes the two controls once the line is ordered: they are never shown.
     */
    public static String isolated(String line) {
        Matcher runs = LATIN_WITH_DIGITS.matcher(line);
        StringBuilder out = null;
        int copied = 0;
        while (runs.find()) {
            int start = runs.start();
            int end = runs.end();
            while (end > start && ".,:".indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            for (int[] piece : pieces(line, start, end)) {
                if (!hasDigit(line, piece[0], piece[1])) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(line.length() + 8);
                }
                out.append(line, copied, piece[0]).append(FSI).append(line, piece[0], piece[1]).append(PDI);
                copied = piece[1];
            }
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * The run cut where two numbers stand side by side ("1 2025" of the quarter «ر1 2025», "10, 25"): each is read on
     * its own in the Arabic sentence, right to left from one to the next, while a number keeps a Latin word joined
     * to it ("4.5 GW", "CHF 5.0B", "Q1 2026").
     */
    private static List<int[]> pieces(String line, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = start;
        int wordStart = start;
        boolean previousHasLetter = true;
        for (int i = start; i <= end; i++) {
            if (i < end && line.charAt(i) != ' ') {
                continue;
            }
            boolean hasLetter = hasLetter(line, wordStart, i);
            if (wordStart > pieceStart && !previousHasLetter && !hasLetter) {
                pieces.add(new int[] {pieceStart, wordStart - 1});
                pieceStart = wordStart;
            }
            previousHasLetter = hasLetter;
            wordStart = i + 1;
        }
        pieces.add(new int[] {pieceStart, end});
        return pieces;
    }

    private static boolean hasLetter(String line, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String line, int start, int end) {
        for (int i = start; i < end; i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The text without bidi formatting characters (embeddings, overrides, isolates, marks): what is shown of it. */
    public static String withoutBidiControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c == '\u200e' || c == '\u200f' || c == '\u061c' || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
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
    public static AttributedString attributed(String line, Font base, boolean rightToLeft) {
        String text = rightToLeft ? isolated(line) : line;
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
