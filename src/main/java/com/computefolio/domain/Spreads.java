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
    static void even(long total, int months, long[] target, int offset, boolean capacity) {
        long base = Math.floorDiv(total, months);
        long remainder = Math.floorMod(total, months);
        for (int i = 0; i < months; i++) {
            target[offset + i] = place(target[offset + i], base + (i < remainder ? 1 : 0), capacity);
        }
    }

    /**
     * Month {@code i} of {@code n} (1-based) weighs {@code i}. Each month gets the floor of its exact
     * share; the few units the floors lose (fewer than {@code n}) go one each to the latest months,
     * which keeps the ramp rising.
     */
    static void ramp(long total, int months, long[] target, int offset, boolean capacity) {
        long weightSum = (long) months * (months + 1) / 2;
        long q = Math.floorDiv(total, weightSum);
        long r = Math.floorMod(total, weightSum);
        long placed = 0;
        for (int i = 1; i <= months; i++) {
            long share = q * i + scaledFloor(r, i, weightSum);
            target[offset + i - 1] = place(target[offset + i - 1], share, capacity);
            placed += share;
        }
        long leftover = total - placed;
        for (int i = months - 1; leftover > 0; i--, leftover--) {
            target[offset + i] = place(target[offset + i], 1, capacity);
        }
    }

    /** Everything in the first month. */
    static void lump(long total, long[] target, int offset, boolean capacity) {
        target[offset] = place(target[offset], total, capacity);
    }

    static void byShape(ScheduleShape shape, long total, int months, long[] target, int offset, boolean capacity) {
        switch (shape) {
            case EVEN -> even(total, months, target, offset, capacity);
            case RAMP -> ramp(total, months, target, offset, capacity);
            case LUMP -> lump(total, target, offset, capacity);
        }
    }

    /**
     * Adds a share to a month that other legs may already fill: overlapping legs of huge capacity
     * could pass a long, and a wrapped month would be a silently wrong schedule.
     */
    private static long place(long month, long share, boolean capacity) {
        return ExactSums.add(month, share, capacity);
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
