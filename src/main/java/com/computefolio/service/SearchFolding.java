package com.computefolio.service;

import java.util.Locale;

/**
 * The form in which searched text and what is typed are compared, so that a search finds a deal however
 * its words are written: lower case (Latin, Greek, Cyrillic), and for Arabic the spellings an Arabic reader
 * takes as one word: without harakat (short vowels, shadda, sukun) or tatweel, and with the alef forms
 * (أ إ آ ٱ), alef maqsura and ya (ى ي) and ta marbuta and ha (ة ه) each made one. Users often type
 * "امازون" for "أمازون"; both find the AWS deals. One character in gives at most one out, so positions
 * do not matter to anyone and nothing is allocated for text without Arabic or capitals.
 */
public final class SearchFolding {

    private SearchFolding() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char f = fold(c);
            if (f != c && folded == null) {
                folded = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (folded != null && f != 0) {
                folded.append(f);
            }
        }
        return folded == null ? lower : folded.toString();
    }

    /** The folded character, or 0 for one left out; the article proposer folds the same way, one character at a time. */
    public static char fold(char c) {
        if (c < '\u0622' || c > '\u06D3') {
            return c;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return 0; // harakat, superscript alef, tatweel
        }
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // alef with madda, hamza above or below, wasla
            case '\u0649' -> '\u064A'; // alef maqsura
            case '\u0629' -> '\u0647'; // ta marbuta
            default -> c;
        };
    }
}
