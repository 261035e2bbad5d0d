package com.computefolio.service.article;

import com.computefolio.service.SearchFolding;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * A stretch of the article in the one form the rules read: NFKC (presentation forms and full-width characters made
 * plain), lower case, Arabic folded as search folds it (no harakat or tatweel, one alef, ya for alef maqsura, ha for
 * ta marbuta), Arabic-Indic digits and the Arabic decimal and thousands separators made ASCII, and every run of white
 * space one space. Each folded character remembers the article's character it came from, so a rule's match is
 * turned back into article offsets for the evidence the window highlights.
 */
final class FoldedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final String text;
    private final int[] origin;
    private final int originEnd;
    private final int[] width;

    private FoldedText(String text, int[] origin, int[] width, int originEnd) {
        this.text = text;
        this.origin = origin;
        this.width = width;
        this.originEnd = originEnd;
    }

    /** The characters {@code start} to {@code end} of {@code article}, folded. */
    static FoldedText of(String article, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int[] map = new int[end - start + 16];
        int[] widths = new int[map.length];
        int n = 0;
        boolean lastSpace = true;
        for (int i = start; i < end; ) {
            int cp = article.codePointAt(i);
            String plain = NFKC.normalize(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT);
            for (int k = 0; k < plain.length(); k++) {
                char f = fold(plain.charAt(k));
                if (f == 0) {
                    continue;
                }
                boolean space = Character.isWhitespace(f) || Character.isSpaceChar(f);
                if (space && lastSpace) {
                    continue;
                }
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                    widths = java.util.Arrays.copyOf(widths, map.length);
                }
                out.append(space ? ' ' : f);
                widths[n] = Character.charCount(cp);
                map[n++] = i;
                lastSpace = space;
            }
            i += Character.charCount(cp);
        }
        return new FoldedText(out.toString(), java.util.Arrays.copyOf(map, n), java.util.Arrays.copyOf(widths, n), end);
    }

    /** The folded form of a word or phrase of the rules, for comparing with folded text. */
    static String fold(String phrase) {
        return of(phrase, 0, phrase.length()).text();
    }

    String text() {
        return text;
    }

    /** The article offset of folded position {@code i}; the end of the stretch for {@code i == length}. */
    int origin(int i) {
        return i >= origin.length ? originEnd : origin[i];
    }

    /** The article offset just after the folded character at {@code endExclusive - 1}. */
    int originEnd(int endExclusive) {
        if (endExclusive <= 0 || origin.length == 0) {
            return origin(0);
        }
        int last = Math.min(endExclusive, origin.length) - 1;
        return origin[last] + width[last];
    }

    /** One character in, at most one out: 0 for one left out (the same folding as the deal search's). */
    private static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c == '\u066B') {
            return '.'; // Arabic decimal separator
        }
        if (c == '\u066C') {
            return ','; // Arabic thousands separator
        }
        if (c == '\u00A0' || c == '\u200F' || c == '\u200E' || c == '\u061C') {
            return c == '\u00A0' ? ' ' : 0; // no-break space; direction marks say nothing
        }
        return UCharacter.isWhitespace(c) ? ' ' : SearchFolding.fold(c);
    }
}
