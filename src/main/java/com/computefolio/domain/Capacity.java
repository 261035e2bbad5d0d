package com.computefolio.domain;

import java.math.BigDecimal;

/**
 * Electrical capacity, held exactly as whole kilowatts so that schedules can split it without
 * rounding drift; shown to users in gigawatts.
 */
public record Capacity(long kilowatts) implements Comparable<Capacity> {

    public static final Capacity ZERO = new Capacity(0);
    private static final int KW_PER_GW_EXPONENT = 6;

    public static Capacity ofGigawatts(String gw) {
        return ofGigawatts(new BigDecimal(gw));
    }

    public static Capacity ofGigawatts(BigDecimal gw) {
        return new Capacity(gw.movePointRight(KW_PER_GW_EXPONENT).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
    }

    public BigDecimal gigawatts() {
        return BigDecimal.valueOf(kilowatts, KW_PER_GW_EXPONENT).stripTrailingZeros();
    }

    public Capacity plus(Capacity other) {
        return new Capacity(Math.addExact(kilowatts, other.kilowatts));
    }

    @Override
    public int compareTo(Capacity o) {
        return Long.compare(kilowatts, o.kilowatts);
    }

    @Override
    public String toString() {
        return gigawatts().toPlainString() + " GW";
    }
}
