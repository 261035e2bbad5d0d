package com.computefolio.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.Locale;

/**
 * How many terminal cells a text takes, for tables whose columns must line up whatever the script:
 * combining marks (Arabic harakat, accents) and format characters (joiners, direction marks) take none,
 * East Asian wide and fullwidth characters (CJK, most emoji) take two, everything else one. This is what
 * terminals' own {@code wcwidth} does, from ICU's Unicode data rather than a hand-kept table.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int codePoint) {
        int type = UCharacter.getType(codePoint);
        if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT) {
            return 0;
        }
        // Hangul medial vowels and final consonants join the syllable before them.
        if (UCharacter.getIntPropertyValue(codePoint, UProperty.HANGUL_SYLLABLE_TYPE) == UCharacter.HangulSyllableType.VOWEL_JAMO
                || UCharacter.getIntPropertyValue(codePoint, UProperty.HANGUL_SYLLABLE_TYPE)
                == UCharacter.HangulSyllableType.TRAILING_JAMO) {
            return 0;
        }
        int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /**
     * The text cut to at most {@code width} cells, ending in "..." when cut. It is cut between user-perceived
     * characters (a letter and its marks, an emoji sequence, a surrogate pair stay whole), never inside one.
     */
    static String shorten(String text, int width) {
        if (of(text) <= width) {
            return text;
        }
        String ellipsis = "...";
        int room = width - ellipsis.length();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int used = 0;
        int end = 0;
        for (int next = graphemes.next(); next != BreakIterator.DONE; next = graphemes.next()) {
            int cluster = of(text.substring(end, next));
            if (used + cluster > room) {
                break;
            }
            used += cluster;
            end = next;
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }
}
