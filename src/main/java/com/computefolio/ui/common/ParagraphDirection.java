package com.computefolio.ui.common;

/**
 * Which way a paragraph reads (an article, a dialog's message): right to left when most of its letters are Arabic (or
 * Hebrew), so an Arabic article that opens with "OpenAI" still reads right to left, and an English one quoting
 * "أمازون" left to right.
 */
public final class ParagraphDirection {
    private ParagraphDirection() {
    }

    /** Whether most of the text's letters read right to left. */
    public static boolean rightToLeft(String text) {
        if (text == null) {
            return false;
        }
        long rtl = 0;
        long ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Directions.isRightToLeft(c)) {
                rtl++;
            } else if (Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(c);
        }
        return rtl > ltr;
    }
}
