package com.computefolio.cli;

import java.util.Locale;

/**
 * The one place that makes text safe for a terminal. Names, titles, notes and file names come from
 * files and databases that may hold anything, and a terminal obeys some characters as commands: ESC
 * starts sequences that can move the cursor, rewrite the screen or set the window title, the other
 * C0 and C1 controls and DEL do likewise, and the bidirectional overrides and isolates reorder what
 * follows them, making a line read differently from what it holds. Each of those is shown as a
 * visible {@code \}{@code uXXXX} escape instead (inside JSON output that is the same character, in
 * JSON's own escape). Line feed and tab pass, and a carriage return only as part of a line end.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** Whether the character must be shown escaped (line feed, tab and carriage return are decided by the caller). */
    static boolean drivesTerminal(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text with every character that could drive a terminal escaped (line feed and tab pass; carriage return is escaped). */
    static String escaped(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c == '\r' || drivesTerminal(c);
            if (escape && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (escape) {
                    appendEscaped(sb, c);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    static void appendEscaped(StringBuilder sb, char c) {
        sb.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
    }
}
