package com.computefolio.io.csv;

/**
 * Finds the first double quote inside a cell that does not start with one ({@code 5" screen},
 * {@code a "b" c}). RFC 4180 allows quotes only in a quoted cell, doubled; the CSV parser takes a
 * stray one as text, so {@code x,"y} typed by hand would silently become part of a cell while the
 * writer's intent (a quoted cell with a comma) is lost. Such a quote is a mistake, found here.
 */
final class BareQuotes {

    /** Where the quote is (1-based line and column) and the line on which its row starts. */
    record Found(int line, int column, int rowLine) {
    }

    private BareQuotes() {
    }

    /** The first bare quote in the text, or null if there is none. */
    static Found first(String text) {
        int line = 1;
        int column = 0;
        int rowLine = 1;
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 0;
                if (!quoted) {
                    cellStart = true;
                    rowLine = line;
                }
                continue;
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == ',') {
                cellStart = true;
            } else if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == '"') {
                return new Found(line, column, rowLine);
            } else {
                cellStart = false;
            }
        }
        return null;
    }
}
