package com.computefolio.service.export;

import com.computefolio.service.render.ScriptText;
import com.computefolio.service.render.VisualLine;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps text the way it will be drawn: with fractional metrics and anti-aliasing, as
 * the PDF canvas measures it. Breaks at spaces, and inside a word (after "/" where possible) only
 * when the word alone is wider than the line, as long URLs are. Lines are cut in logical order, so
 * Arabic wraps by words as Latin does; the drawing puts each line in visual order.
 */
final class TextWrap {

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(),
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private TextWrap() {
    }

    /** The width the PDF gives the text: shaped and a font per run when it holds right-to-left letters. */
    static double width(String text, Font font) {
        if (ScriptText.needsBidi(text)) {
            return VisualLine.of(text, font, false).width();
        }
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * The text cut to fit the width, ending in "…" when cut. The cut is found by halving, not by
     * dropping one character at a time: a title of a million characters (an old database may hold
     * one) otherwise costs a million measurements of a million characters, minutes per table row.
     */
    static String fit(String text, Font font, double maxWidth) {
        if (text == null || width(text, font) <= maxWidth) {
            return text == null ? "" : text;
        }
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(cut(text, middle), font) <= maxWidth) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return cut(text, fits);
    }

    private static String cut(String text, int end) {
        int safeEnd = end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
        return text.substring(0, safeEnd).stripTrailing() + "\u2026";
    }

    static List<String> lines(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, font, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, Font font, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > maxWidth) {
                int cut = breakPoint(rest, font, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    /** Where to cut a word too long for a line: after the last "/" that fits, else as late as fits. */
    private static int breakPoint(String word, Font font, double maxWidth) {
        int fits = 1;
        while (fits < word.length() && width(word.substring(0, fits + 1), font) <= maxWidth) {
            fits++;
        }
        int slash = word.lastIndexOf('/', fits - 1);
        return slash > fits / 2 ? slash + 1 : fits;
    }
}
