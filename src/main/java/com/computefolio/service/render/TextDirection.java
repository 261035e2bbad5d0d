package com.computefolio.service.render;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Which way a line of drawn text runs, decided per line from the language of the output. In a
 * right-to-left language (Arabic) a line holding any right-to-left letter is a right-to-left paragraph,
 * so "{0} صفقة" with a Latin company name in front still reads from the right; a line with no such
 * letter keeps its own direction. In a left-to-right language the first strong letter decides (Unicode's
 * rules P2 and P3), so an Arabic party name in an English chart still reads right to left.
 */
public enum TextDirection {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT;

    /** The direction of the language texts are shown in (ICU knows which scripts run right to left). */
    public static TextDirection of(Locale locale) {
        return ULocale.forLocale(locale).isRightToLeft() ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }

    public boolean isRightToLeft() {
        return this == RIGHT_TO_LEFT;
    }

    /** Whether one line of text is a right-to-left paragraph in this language. */
    public boolean isRightToLeftLine(String line) {
        if (!ScriptText.needsBidi(line)) {
            return false;
        }
        byte firstStrong = Bidi.getBaseDirection(line);
        return isRightToLeft() ? hasRightToLeftLetter(line) : firstStrong == Bidi.RTL;
    }

    private static boolean hasRightToLeftLetter(String line) {
        return line.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
