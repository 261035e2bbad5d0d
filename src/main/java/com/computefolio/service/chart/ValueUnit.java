package com.computefolio.service.chart;

import java.math.BigDecimal;

/**
 * The unit a chart's value axis shows. Model values stay exact (minor units of money, kilowatts);
 * only drawing and export convert them, through here.
 */
public enum ValueUnit {
    /** Billions of the currency; raw values are minor units (cents). */
    BILLIONS(11),
    /** Gigawatts; raw values are kilowatts. */
    GIGAWATTS(6);

    private final int scale;

    ValueUnit(int scale) {
        this.scale = scale;
    }

    /** The exact value in display units ($B or GW). */
    public BigDecimal exact(long raw) {
        return BigDecimal.valueOf(raw, scale);
    }

    /** The value in display units for plotting; exact figures go to files through {@link #exact}. */
    public double plotted(long raw) {
        return raw / Math.pow(10, scale);
    }
}
