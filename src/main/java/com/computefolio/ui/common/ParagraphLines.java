package com.computefolio.ui.common;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a paragraph's lines end at a given width: at the line break opportunities of ICU's line breaker (after a space,
 * after a hyphen or a slash, never before a closing mark or inside a number), each line as long as fits the width
 * (ending at a space when one fits), and at every line break of the text itself. JavaFX 21 on Linux draws right-to-left text that its own wrapping splits
 * wrongly (lines shifted and overlapping, words in left-to-right order), so {@link WrappedText} and the article review
 * break such text here and lay each line out alone. The lines cover the text without gap or overlap, so offsets into
 * it (the article's highlights) hold; a word wider than the whole width is cut between two characters as a last
 * resort, so that no line runs past the edge.
 */
public final class ParagraphLines {
    private ParagraphLines() {
    }

    /**
     * One line: the text from {@code start} to {@code end}, the spaces and the line break that end it included.
     */
    public record Line(int start, int end) {
        /** What the line shows: its text without the spaces and line break at its end. */
        public String shown(String text) {
            return strip(text, start, end);
        }
    }

    /**
     * The lines of the text at the width, each measured without its trailing spaces by {@code measure} (the node's font
     * in the window, a count of characters in tests). An empty text is one empty line; a width of zero or less, or
     * NaN, gives the text's own lines unbroken.
     */
    public static List<Line> of(String text, ToDoubleFunction<String> measure, double width) {
        List<Line> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add(new Line(0, 0));
            return lines;
        }
        boolean breaking = width > 0;
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(text);
        int lineStart = 0;
        int fits = -1;
        int fitsAtSpace = -1;
        int at = breaks.next();
        while (at != BreakIterator.DONE) {
            if (!breaking || measure.applyAsDouble(strip(text, lineStart, at)) <= width) {
                fits = at;
                if (Character.isWhitespace(text.charAt(at - 1))) {
                    fitsAtSpace = at;
                }
                if (endsWithLineBreak(text, at) || at == text.length()) {
                    lines.add(new Line(lineStart, at));
                    lineStart = at;
                    fits = -1;
                    fitsAtSpace = -1;
                }
                at = breaks.next();
            } else if (fits > lineStart) {
                // The last opportunity that fitted ends this line, at a space if one fitted: a path or a hyphenated
                // name is cut after its slash or hyphen only when no space does.
                int end = fitsAtSpace > lineStart ? fitsAtSpace : fits;
                lines.add(new Line(lineStart, end));
                lineStart = end;
                fits = -1;
                fitsAtSpace = -1;
                // Back to the first opportunity after the new line's start (a slash passed over may be needed).
                at = breaks.following(end);
            } else {
                // One word wider than the line: as many characters as fit, then the rest of it again.
                int cut = longestFit(text, lineStart, at, measure, width);
                lines.add(new Line(lineStart, cut));
                lineStart = cut;
            }
        }
        if (lineStart < text.length() || lines.isEmpty()) {
            lines.add(new Line(lineStart, text.length()));
        }
        return lines;
    }

    /** The shown text of each line, in order. */
    public static List<String> shown(String text, List<Line> lines) {
        return lines.stream().map(line -> line.shown(text)).toList();
    }

    /** The end of the longest run of whole characters (grapheme clusters) from start that fits; at least one. */
    private static int longestFit(String text, int start, int end, ToDoubleFunction<String> measure, double width) {
        BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        characters.setText(text);
        int cut = characters.following(start);
        for (int next = characters.next(); next != BreakIterator.DONE && next < end; next = characters.next()) {
            if (measure.applyAsDouble(strip(text, start, next)) > width) {
                break;
            }
            cut = next;
        }
        return Math.min(cut, end);
    }

    private static boolean endsWithLineBreak(String text, int at) {
        char last = text.charAt(at - 1);
        return last == '\n' || last == '\r' || last == '\u2028' || last == '\u2029' || last == '\u0085'
                || last == '\u000B' || last == '\u000C';
    }

    private static String strip(String text, int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return text.substring(start, last);
    }
}
