package com.computefolio.service.article;

import java.math.BigDecimal;

/**
 * A number as a news article writes it, already folded to ASCII digits: "38", "1.25", "400,000", and the Arabic
 * decimal comma "1,5" (a comma followed by one or two digits is a decimal point; by groups of three, thousands).
 */
final class Numbers {
    /** One number: digits with thousands groups or a decimal part; used inside the readers' patterns. */
    static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?";

    private Numbers() {
    }

    static BigDecimal parse(String written) {
        String s = written.trim();
        if (s.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) {
            return new BigDecimal(s.replace(",", ""));
        }
        return new BigDecimal(s.replace(',', '.'));
    }
}
