package com.computefolio.ui.article;

import com.computefolio.ui.common.Directions;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks text with Arabic (or Hebrew) letters into lines that fit a width, by turning the last space that fits into a
 * line break. JavaFX 21 on Linux draws a right-to-left run that its own wrapping splits over two lines wrongly: each
 * line is drawn shifted and overlapping, so the first words of a line fall off the pane's right edge (a TextFlow, a
 * wrapping TextArea or Label alike; it happens in a bare TextFlow too, whatever the orientation). Lines ended by a
 * line break of their own are drawn right, so such text is broken here and never wrapped by JavaFX. The result has
 * the same length as the text, so offsets into it (the highlighted sentence) still hold.
 */
final class ArticleLines {
    private ArticleLines() {
    }

    /** Whether the text has a right-to-left letter, which JavaFX's own wrapping would draw wrongly. */
    static boolean needed(String text) {
        return Directions.hasRightToLeft(text);
    }

    /** The text with spaces turned into line breaks so each line fits the width in the font; a word wider stays whole. */
    static String broken(String text, Font font, double width) {
        Text probe = new Text();
        probe.setFont(font);
        return broken(text, part -> {
            probe.setText(part);
            return probe.getLayoutBounds().getWidth();
        }, width);
    }

    /** The same, with the width of a line measured by the given function (tests measure without a display). */
    static String broken(String text, java.util.function.ToDoubleFunction<String> measure, double width) {
        if (text == null || text.isEmpty() || width <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == ' ' || c == '\n') {
                if (lastSpace > lineStart && measure.applyAsDouble(text.substring(lineStart, i)) > width) {
                    out.setCharAt(lastSpace, '\n');
                    lineStart = lastSpace + 1;
                    // The words after the break may still be too long together: look at them again.
                    i = lastSpace;
                    lastSpace = -1;
                    continue;
                }
                if (c == '\n') {
                    lineStart = i + 1;
                    lastSpace = -1;
                } else {
                    lastSpace = i;
                }
            }
        }
        return out.toString();
    }
}
