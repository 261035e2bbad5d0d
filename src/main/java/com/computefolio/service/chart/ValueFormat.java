package com.computefolio.service.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Short human amounts for tooltips, tables and footnotes: "$38B", "$11.9B", "$350M", "4.5 GW",
 * "750 MW". Computed from exact values with BigDecimal; only the shown digits are rounded.
 */
public final class ValueFormat {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** Money given in minor units (cents). */
    public String money(long minorUnits, String currency) {
        BigDecimal billions = BigDecimal.valueOf(minorUnits, 11);
        String prefix = currency == null || "USD".equals(currency) ? "$" : currency + " ";
        String sign = minorUnits < 0 ? "-" : "";
        BigDecimal abs = billions.abs();
        if (abs.compareTo(BigDecimal.ONE) >= 0) {
            return sign + prefix + significant(abs) + "B";
        }
        BigDecimal millions = abs.multiply(THOUSAND);
        if (millions.compareTo(BigDecimal.ONE) >= 0) {
            return sign + prefix + significant(millions) + "M";
        }
        return sign + prefix + significant(BigDecimal.valueOf(Math.abs(minorUnits), 2));
    }

    /** Capacity given in kilowatts. */
    public String capacity(long kilowatts) {
        BigDecimal gw = BigDecimal.valueOf(kilowatts, 6);
        if (gw.abs().compareTo(BigDecimal.ONE) >= 0 || kilowatts == 0) {
            return significant(gw) + " GW";
        }
        return significant(gw.multiply(THOUSAND)) + " MW";
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
