package com.computefolio.service.article;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into sentences with ICU's sentence break rules, which know the Arabic question mark (؟) and
 * full stop (۔) as well as the Latin ones and do not break after "U.S." or inside "1.5"; a line break also ends a
 * sentence, since headlines and captions carry no full stop.
 */
final class Sentences {
    private Sentences() {
    }

    /** The sentences as [start, end) offsets into the text, white space at either end left out, empty ones dropped. */
    static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int lineStart = start;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2029') {
                    addTrimmed(text, lineStart, i, spans);
                    lineStart = i + 1;
                }
            }
            addTrimmed(text, lineStart, end, spans);
        }
        return spans;
    }

    /** The sentence as a source quotes it: runs of white space made one space. */
    static String quote(String text, int start, int end) {
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new int[] {s, e});
        }
    }
}
