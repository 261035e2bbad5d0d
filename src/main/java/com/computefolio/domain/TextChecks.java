package com.computefolio.domain;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import java.util.List;
import java.util.Locale;

/**
 * Refuses text no field should hold: longer than its {@link TextRule} allows, or containing
 * characters that are not text. Those are the C0 and C1 control characters and DEL (which can
 * drive a terminal, and which XML and spreadsheets cannot hold), noncharacters (U+FFFE, U+FFFF,
 * U+FDD0..U+FDEF and the last two of every plane) and surrogates without their pair (which no
 * encoding can write: SQLite would store them as "?"). Line feed, carriage return, tab and the
 * Unicode line and paragraph separators U+2028 and U+2029 are line breaks, allowed only in
 * multi-line fields (notes, change texts, quotes). Direction marks and joiners are text and stay.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** Adds a problem for each rule the text breaks; true when it breaks none. Null text is fine. */
    public static boolean check(String text, TextRule rule, String path, List<Problem> problems) {
        if (text == null) {
            return true;
        }
        boolean ok = true;
        int length = text.codePointCount(0, text.length());
        if (length > rule.maxChars()) {
            problems.add(Problem.at(path, say(TEXT_TOO_LONG, say(rule.what()), new ProblemText.Count(length)),
                    say(EXPECT_AT_MOST_CHARACTERS, new ProblemText.Count(rule.maxChars()))));
            ok = false;
        }
        ProblemText bad = firstBadCharacter(text, rule.lineBreaks());
        if (bad != null) {
            problems.add(Problem.at(path, say(TEXT_CONTAINS, say(rule.what()), bad), say(rule.lineBreaks()
                    ? EXPECT_TEXT_WITH_LINE_BREAKS : EXPECT_ONE_LINE_OF_TEXT)));
            ok = false;
        }
        return ok;
    }

    /** Describes the first character the text may not hold and where ("the control character U+001B at character 5"), or null. */
    static ProblemText firstBadCharacter(String text, boolean lineBreaks) {
        // Most texts are printable ASCII, which holds nothing to report: one comparison per character
        // there (an import of 100,000 deals checks millions of characters), the full rules after.
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                break;
            }
            i++;
        }
        int position = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if (isNoncharacter(cp)) {
                    return describe(CHAR_NONCHARACTER, cp, position);
                }
                i += 2;
                position++;
                continue;
            }
            ProblemKey kind = kindOf(c, lineBreaks);
            if (kind != null) {
                return describe(kind, c, position);
            }
            i++;
            position++;
        }
        return null;
    }

    /** What is wrong with one UTF-16 unit that is not part of a surrogate pair, or null. */
    private static ProblemKey kindOf(char c, boolean lineBreaks) {
        if (Character.isSurrogate(c)) {
            return CHAR_UNPAIRED_SURROGATE;
        }
        if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
            return lineBreaks ? null : (c == '\t' ? CHAR_TAB : CHAR_LINE_BREAK);
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return CHAR_CONTROL;
        }
        return isNoncharacter(c) ? CHAR_NONCHARACTER : null;
    }

    static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** "the control character U+001B at character 5": the code point is technical and stays as written. */
    private static ProblemText describe(ProblemKey kind, int cp, int position) {
        return say(BAD_CHARACTER, say(kind), String.format(Locale.ROOT, "U+%04X", cp), position + 1);
    }

}
