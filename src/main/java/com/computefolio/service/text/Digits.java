package com.computefolio.service.text;

/**
 * The shapes numbers are written in: Western 0-9 or Arabic-Indic ٠-٩. A preference of its own, apart from
 * the language, because Arabic readers use both: most Gulf financial press prints Western digits, while
 * Levantine and Egyptian readers often expect Arabic-Indic ones (ADR 0030).
 */
public enum Digits {
    WESTERN("latn", '0'),
    ARABIC_INDIC("arab", '\u0660');

    private final String numberingSystem;
    private final char zero;

    Digits(String numberingSystem, char zero) {
        this.numberingSystem = numberingSystem;
        this.zero = zero;
    }

    /** The Unicode locale extension's name of these digits ("nu" in BCP 47), which the JDK's formats follow. */
    String numberingSystem() {
        return numberingSystem;
    }

    char zero() {
        return zero;
    }

    /** A text with its ASCII digits written in these digits; every other character is left as it is. */
    String shape(String text) {
        if (this == WESTERN) {
            return text;
        }
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shaped.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return shaped.toString();
    }
}
