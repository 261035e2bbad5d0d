package com.computefolio.io;

/**
 * Turns byte positions in UTF-8 text into character columns, as people count them: parsers that
 * read bytes report columns in bytes, which are off on any line with Arabic, Chinese or emoji.
 */
public final class Utf8Columns {

    private Utf8Columns() {
    }

    /** Characters (code points) encoded in {@code bytes[from, to)}: every byte that is not a continuation byte. */
    public static int charactersBetween(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    /**
     * The 1-based character column of the byte at {@code index}, counting from the start of its line
     * (but not before {@code textStart}).
     */
    public static int columnOf(byte[] bytes, int textStart, int index) {
        int lineStart = index;
        while (lineStart > textStart && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        return charactersBetween(bytes, lineStart, index) + 1;
    }
}
