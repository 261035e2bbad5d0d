package com.computefolio.cli;

import com.computefolio.service.text.AmountWords;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How money and capacity look on the command line: readable in tables ("$38.00B", "$452.38M"),
 * exact in JSON and CSV (decimal strings in major units, so no reader turns them into floats).
 */
public final class Amounts {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);
    private static final int KW_PER_GW_EXPONENT = 6;

    private Amounts() {
    }

    /** "$38.00B", "$452.38M", "-$1.50K", "EUR 12.00M"; two decimals, half up. */
    public static String readable(long minorUnits, String currency) {
        BigDecimal major = BigDecimal.valueOf(minorUnits, 2);
        BigDecimal magnitude = major.abs();
        String suffix;
        BigDecimal scaled;
        if (magnitude.compareTo(TRILLION) >= 0) {
            scaled = magnitude.divide(TRILLION);
            suffix = "T";
        } else if (magnitude.compareTo(BILLION) >= 0) {
            scaled = magnitude.divide(BILLION);
            suffix = "B";
        } else if (magnitude.compareTo(MILLION) >= 0) {
            scaled = magnitude.divide(MILLION);
            suffix = "M";
        } else if (magnitude.compareTo(THOUSAND) >= 0) {
            scaled = magnitude.divide(THOUSAND);
            suffix = "K";
        } else {
            scaled = magnitude;
            suffix = "";
        }
        String sign = major.signum() < 0 ? "-" : "";
        return sign + symbol(currency) + scaled.setScale(2, RoundingMode.HALF_UP).toPlainString() + suffix;
    }

    /**
     * The readable amount in the reader's language: "$38.00B" in English as {@link #readable(long, String)}, "38.00 مليار
     * دولار" in Arabic, which writes the scale and currency as words after the number as its press does (ADR 30). The
     * words are {@link AmountWords}', shared with the charts and the report (ADR 0047).
     */
    public static String readable(CliMessages messages, long minorUnits, String currency) {
        BigDecimal major = BigDecimal.valueOf(minorUnits, 2);
        BigDecimal magnitude = major.abs();
        BigDecimal scale = BigDecimal.ONE;
        AmountWords.Scale unit = AmountWords.Scale.NONE;
        for (Object[] step : new Object[][] {{TRILLION, AmountWords.Scale.TRILLION}, {BILLION, AmountWords.Scale.BILLION},
            {MILLION, AmountWords.Scale.MILLION}, {THOUSAND, AmountWords.Scale.THOUSAND}}) {
            if (magnitude.compareTo((BigDecimal) step[0]) >= 0) {
                scale = (BigDecimal) step[0];
                unit = (AmountWords.Scale) step[1];
                break;
            }
        }
        String number = magnitude.divide(scale).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new AmountWords(messages.texts()).money(major.signum() < 0, number, unit, currency);
    }

    /** "1.2 GW" in English as {@link #readableGigawatts(long)}, "1.2 غيغاواط" in Arabic. */
    public static String readableGigawatts(CliMessages messages, long kilowatts) {
        String gw = readableGigawatts(kilowatts);
        return new AmountWords(messages.texts()).gigawatts(gw.substring(0, gw.length() - " GW".length()));
    }

    /** "38000000000.00": the exact amount in major units. */
    public static String exact(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, 2).toPlainString();
    }

    /** "1.2": exact gigawatts from kilowatts, without trailing zeros. */
    public static String gigawatts(long kilowatts) {
        if (kilowatts == 0) {
            return "0";
        }
        return BigDecimal.valueOf(kilowatts, KW_PER_GW_EXPONENT).stripTrailingZeros().toPlainString();
    }

    /** "1.2 GW" for tables; at most three decimals, which is a megawatt. */
    public static String readableGigawatts(long kilowatts) {
        BigDecimal gw = BigDecimal.valueOf(kilowatts, KW_PER_GW_EXPONENT).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return (gw.signum() == 0 ? "0" : gw.toPlainString()) + " GW";
    }

    private static String symbol(String currency) {
        if (currency == null || currency.equals("USD")) {
            return "$";
        }
        return currency + " ";
    }
}
