package com.computefolio.ui.editor;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts as an analyst types them: "38000000000", "38B", "1.5 bn", "350M", "38,000,000,000".
 * Shown back in the shortest exact form ("38B"), so nothing is rounded on the way.
 */
final class AmountText {
    private static final BigDecimal BILLION = new BigDecimal("1e9");
    private static final BigDecimal MILLION = new BigDecimal("1e6");
    private static final BigDecimal TRILLION = new BigDecimal("1e12");

    private AmountText() {
    }

    /** @throws NumberFormatException when the text is not an amount */
    static BigDecimal parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "").replace(" ", "");
        if (s.startsWith("$")) {
            s = s.substring(1);
        }
        BigDecimal multiplier = BigDecimal.ONE;
        String[][] suffixes = {{"bn", "1e9"}, {"b", "1e9"}, {"t", "1e12"}, {"m", "1e6"}, {"k", "1e3"}};
        for (String[] suffix : suffixes) {
            if (s.endsWith(suffix[0])) {
                s = s.substring(0, s.length() - suffix[0].length());
                multiplier = new BigDecimal(suffix[1]);
                break;
            }
        }
        if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(s).multiply(multiplier);
    }

    /** The shortest exact text for an amount: "38B", "1.5B", "350M", "12345.67". */
    static String format(BigDecimal amount) {
        for (Object[] unit : new Object[][] {{TRILLION, "T"}, {BILLION, "B"}, {MILLION, "M"}}) {
            BigDecimal scale = (BigDecimal) unit[0];
            if (amount.abs().compareTo(scale) >= 0) {
                BigDecimal scaled = amount.divide(scale).stripTrailingZeros();
                if (scaled.scale() <= 3) {
                    return scaled.toPlainString() + unit[1];
                }
            }
        }
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
