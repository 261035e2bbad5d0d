package com.computefolio.service.export;

import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps text the way it will be drawn: with fractional metrics and anti-aliasing, as
 * the PDF canvas measures it. Breaks at spaces, and inside a word (after "/" where possible) only
 * when the word alone is wider than the line, as long URLs are.
 */
final class TextWrap {

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(),
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private TextWrap() {
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** The text cut to fit the width, ending in "…" when cut. */
    static String fit(String text, Font font, double maxWidth) {
        if (text == null || width(text, font) <= maxWidth) {
            return text == null ? "" : text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).stripTrailing() + "\u2026", font) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
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
