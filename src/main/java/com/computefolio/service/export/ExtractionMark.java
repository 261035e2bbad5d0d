package com.computefolio.service.export;

import com.computefolio.service.render.VisualLine;
import java.util.Optional;

/**
 * The one mark a right-to-left line of the PDF needs so that PDFBox reads it in logical order. PDFBox's
 * {@code PDFTextStripper} takes each unbroken run of glyphs in the order drawn (left to right) and puts it back in
 * logical order with the JDK's bidi algorithm, guessing the line's direction from its first strong letter
 * ({@code Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT}). An Arabic line whose leftmost word is Latin ("أمازون ويب سيرفيسز
 * (AWS)" shows "(AWS)" on the left) is then taken for a left-to-right line and read "(AWS) أمازون ويب سيرفيسز".
 * No order of the same glyphs avoids it (the drawing order only moves the guess along); a right-to-left mark
 * (U+200F, of no width in the Arabic font, and drawn invisible since its glyph is a control picture) left of the first
 * Latin letter tells it what the reader sees.
 * It lands at the end of the line in the text read back, outside every word; poppler sorts glyphs by position and
 * reads the line as before (ADR 32).
 */
final class ExtractionMark {
    static final String RIGHT_TO_LEFT_MARK = "\u200f";

    private ExtractionMark() {
    }

    /** The mark to draw before the line's runs, in the font of its first right-to-left letter; empty when none is needed. */
    static Optional<VisualLine.Run> before(VisualLine line, boolean rightToLeft) {
        if (!rightToLeft) {
            return Optional.empty();
        }
        VisualLine.Run firstRightToLeft = null;
        boolean latinFirst = false;
        for (VisualLine.Run run : line.runs()) {
            for (int i = 0; i < run.glyphs().length(); ) {
                int cp = run.glyphs().codePointAt(i);
                byte direction = Character.getDirectionality(cp);
                if (!latinFirst && firstRightToLeft == null && direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    latinFirst = true;
                }
                if (firstRightToLeft == null && (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
                    firstRightToLeft = run;
                }
                i += Character.charCount(cp);
            }
        }
        if (!latinFirst || firstRightToLeft == null) {
            return Optional.empty();
        }
        return Optional.of(new VisualLine.Run(RIGHT_TO_LEFT_MARK, firstRightToLeft.font()));
    }
}
