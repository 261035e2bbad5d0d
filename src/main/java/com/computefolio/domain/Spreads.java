package com.computefolio.domain;

import java.math.BigInteger;

/**
 * Exact integer splitting of a total (cents or kilowatts) over a run of months. Every method adds
 * its shares into {@code target} starting at {@code offset} and places exactly {@code total}: the
 * shares always add back up to the total, with no rounding drift.
 *
 * <p>Totals go up to 10^17 minor units and more, so products that could leave the range of a
 * {@code long} are avoided: ramp shares are computed as {@code q*i + (r*i)/W} with
 * {@code total = q*W + r}, where {@code r*i} stays small; a BigInteger fallback covers absurd lengths.
 */
final class Spreads {

    private Spreads() {
    }

    /** The same share every month; remainder units go one each to the earliest months. */
    static void even(long total, int months, long[] target, int offset) {
        long base = Math.floorDiv(total, months);
        long remainder = Math.floorMod(total, months);
        for (int i = 0; i < months; i++) {
            target[offset + i] += base + (i < remainder ? 1 : 0);
        }
    }

    /**
     * Month {@code i} of {@code n} (1-based) weighs {@code i}. Each month gets the floor of its exact
     * share; the few units the floors lose (fewer than {@code n}) go one each to the latest months,
     * which keeps the ramp rising.
     */
    static void ramp(long total, int months, long[] target, int offset) {
        long weightSum = (long) months * (months + 1) / 2;
        long q = Math.floorDiv(total, weightSum);
        long r = Math.floorMod(total, weightSum);
        long placed = 0;
        for (int i = 1; i <= months; i++) {
            long share = q * i + scaledFloor(r, i, weightSum);
            target[offset + i - 1] += share;
            placed += share;
        }
        long leftover = total - placed;
        for (int i = months - 1; leftover > 0; i--, leftover--) {
            target[offset + i] += 1;
        }
    }

    /** Everything in the first month. */
    static void lump(long total, long[] target, int offset) {
        target[offset] += total;
    }

    static void byShape(ScheduleShape shape, long total, int months, long[] target, int offset) {
        switch (shape) {
            case EVEN -> even(total, months, target, offset);
            case RAMP -> ramp(total, months, target, offset);
            case LUMP -> lump(total, target, offset);
        }
    }

    /** floor(r * i / w) for 0 <= r < w, without overflow. */
    private static long scaledFloor(long r, long i, long w) {
        long high = Math.multiplyHigh(r, i);
        long low = r * i;
        if (high == 0 && low >= 0) {
            return low / w;
        }
        return BigInteger.valueOf(r).multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(w)).longValueExact();
    }
}
