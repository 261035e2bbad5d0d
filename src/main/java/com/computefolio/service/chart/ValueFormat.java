package com.computefolio.service.chart;

import com.computefolio.service.text.AmountWords;
import com.computefolio.service.text.AmountWords.Scale;
import com.computefolio.service.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Short human amounts for tooltips, tables and footnotes: "$38B", "$11.9B", "$350M", "4.5 GW",
 * "750 MW" in English; "38 مليار دولار", "350 مليون دولار", "4.5 غيغاواط", "750 ميغاواط" in Arabic, in the reader's
 * digits: the words are {@link AmountWords}', which the command line's tables share (ADR 0047). Computed from exact
 * values with BigDecimal; only the shown digits are rounded.
 */
public final class ValueFormat {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final AmountWords words;

    /** Short amounts in the language and digits of {@code texts}, the one language seam. */
    public ValueFormat(Texts texts) {
        this.words = new AmountWords(texts);
    }

    /** Short amounts in the language of a front end's texts ({@link ChartText}). */
    public ValueFormat(ChartText text) {
        this(text.texts());
    }

    /** English, whatever the system says: for tests and output that must not vary by machine. */
    public static ValueFormat english() {
        return new ValueFormat(Texts.english());
    }

    /** Money given in minor units (cents). */
    public String money(long minorUnits, String currency) {
        BigDecimal billions = BigDecimal.valueOf(minorUnits, 11);
        boolean negative = minorUnits < 0;
        BigDecimal abs = billions.abs();
        if (abs.compareTo(BigDecimal.ONE) >= 0) {
            return words.money(negative, significant(abs), Scale.BILLION, currency);
        }
        BigDecimal millions = abs.multiply(THOUSAND);
        if (millions.compareTo(BigDecimal.ONE) >= 0) {
            return words.money(negative, significant(millions), Scale.MILLION, currency);
        }
        return words.money(negative, significant(BigDecimal.valueOf(minorUnits, 2).abs()), Scale.NONE, currency);
    }

    /** Capacity given in kilowatts. */
    public String capacity(long kilowatts) {
        BigDecimal gw = BigDecimal.valueOf(kilowatts, 6);
        if (gw.abs().compareTo(BigDecimal.ONE) >= 0 || kilowatts == 0) {
            return words.gigawatts(significant(gw));
        }
        return words.megawatts(significant(gw.multiply(THOUSAND)));
    }

    /** A raw chart value in its unit. */
    public String value(long raw, ValueUnit unit, String currency) {
        return unit == ValueUnit.GIGAWATTS ? capacity(raw) : money(raw, currency);
    }

    /** Three significant digits (all the whole ones above 100), no trailing zeros: 1,232, 412, 38, 11.9, 1.25. */
    private static String significant(BigDecimal value) {
        BigDecimal abs = value.abs();
        int decimals = abs.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : abs.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2;
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", rounded.setScale(0).toBigIntegerExact());
        }
        return rounded.toPlainString();
    }
}
