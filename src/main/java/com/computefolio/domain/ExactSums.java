package com.computefolio.domain;

/**
 * Checked addition of money (minor units) and capacity (kilowatts). One valid amount is at most
 * 10^17 cents, so 93 of them already pass {@link Long#MAX_VALUE}; every total, cumulative sum and
 * cell of a register goes through here so that it is exact or refused with
 * {@link TotalTooLargeException}, never silently wrong (ADR 0016).
 */
public final class ExactSums {

    private ExactSums() {
    }

    public static long add(long a, long b, boolean capacity) {
        long sum = a + b;
        // Overflow iff both operands have the same sign and the sum's sign differs (Math.addExact's test).
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw new TotalTooLargeException(capacity);
        }
        return sum;
    }

    public static long money(long a, long b) {
        return add(a, b, false);
    }

    public static long kilowatts(long a, long b) {
        return add(a, b, true);
    }

    /** {@code value × count}, for a run of equal months. */
    public static long times(long value, long count, boolean capacity) {
        long high = Math.multiplyHigh(value, count);
        long low = value * count;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        throw new TotalTooLargeException(capacity);
    }

    /** The sum of every value, checked. */
    public static long sum(long[] values, boolean capacity) {
        long sum = 0;
        for (long v : values) {
            sum = add(sum, v, capacity);
        }
        return sum;
    }
}
