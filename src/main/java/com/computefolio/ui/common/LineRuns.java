package com.computefolio.ui.common;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one line of a right-to-left paragraph that {@link WrappedText} draws apart, each in its own direction:
 * {@link AmountLabels#pieces} with its marks taken further apart where JavaFX 21 still draws them wrongly.
 */
final class LineRuns {
    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";
    private static final String STOPS = ".,;:!?";

    private LineRuns() {
    }

    /**
     * The line's runs as {@link AmountLabels#pieces} cuts them, with what a left-to-right run took from the sentence
     * around it given back: a bracket it opens or closes but does not hold both of ("(Shift" in "(Shift مع النقر)") and
     * the stop or comma after it ("(F9)."). Drawn inside the left-to-right run they would stand in the middle of the
     * Arabic sentence; alone, in the paragraph's direction, they stand where the sentence puts them.
     */
    public static List<AmountLabels.Piece> of(String line, boolean rightToLeft) {
        List<AmountLabels.Piece> runs = new ArrayList<>();
        if (!rightToLeft) {
            return AmountLabels.pieces(line);
        }
        for (AmountLabels.Piece piece : AmountLabels.pieces(line)) {
            String text = piece.text();
            if (!piece.leftToRight()) {
                marks(runs, piece);
                continue;
            }
            if (text.length() < 2) {
                runs.add(piece);
                continue;
            }
            int start = 0;
            int end = text.length();
            if (OPENING.indexOf(text.charAt(0)) >= 0 && text.indexOf(CLOSING.charAt(OPENING.indexOf(text.charAt(0)))) < 0) {
                start = 1;
            }
            int stops = end;
            while (stops > start + 1 && STOPS.indexOf(text.charAt(stops - 1)) >= 0) {
                stops--;
            }
            end = stops;
            int closing = CLOSING.indexOf(text.charAt(end - 1));
            if (end > start + 1 && closing >= 0 && text.lastIndexOf(OPENING.charAt(closing), end - 2) < start) {
                end--;
            }
            if (start > 0) {
                marks(runs, new AmountLabels.Piece(text.substring(0, start), false, piece.spaced()));
            }
            runs.add(new AmountLabels.Piece(text.substring(start, end), true, start == 0 && piece.spaced()));
            for (int i = end; i < text.length(); i++) {
                marks(runs, new AmountLabels.Piece(text.substring(i, i + 1), false, false));
            }
        }
        return runs;
    }

    /**
     * Right-to-left words with each bracket or quote mark among them apart, drawn as the mirror image it has in a
     * right-to-left line ("(" as ")") and left to right, so JavaFX does not move or mirror it again: JavaFX 21 draws
     * the ")" that ends "لعمود ثانٍ)" at the wrong end of the label, and a lone "(" or "«" unmirrored.
     */
    private static void marks(List<AmountLabels.Piece> runs, AmountLabels.Piece piece) {
        String text = piece.text();
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (UCharacter.getMirror(c) != c && !Character.isLetterOrDigit(c)) {
                add(runs, text.substring(at, i), false, at == 0 ? piece.spaced() : Character.isWhitespace(text.charAt(at - 1)));
                String mirrored = String.valueOf((char) UCharacter.getMirror(c));
                runs.add(new AmountLabels.Piece(mirrored, true, i == 0 ? piece.spaced() : Character.isWhitespace(text.charAt(i - 1))));
                at = i + 1;
            }
        }
        add(runs, text.substring(at), false, at == 0 ? piece.spaced() : Character.isWhitespace(text.charAt(at - 1)));
    }

    private static void add(List<AmountLabels.Piece> runs, String text, boolean leftToRight, boolean spaced) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            runs.add(new AmountLabels.Piece(trimmed, leftToRight, spaced || Character.isWhitespace(text.charAt(0))));
        }
    }

}
