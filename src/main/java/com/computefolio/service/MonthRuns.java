package com.computefolio.service;

import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.ExactSums;
import java.util.Arrays;

/**
 * One measure of a schedule (money or capacity) as runs of equal, non-zero monthly values. An even
 * spread over 84 months is two runs (the months with the extra cent, then the rest), so adding a
 * deal to a timeline costs two writes into a difference array instead of 84 additions: this is what
 * lets a timeline over 100,000 deals be drawn in a few milliseconds. A ramp has one run per month
 * and costs what it always did.
 */
final class MonthRuns {

    private static final MonthRuns NONE = new MonthRuns(new int[0], new int[0], new long[0]);

    private final int[] starts;
    private final int[] ends;
    private final long[] values;

    private MonthRuns(int[] starts, int[] ends, long[] values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    static MonthRuns of(DealSchedule schedule, boolean capacity) {
        // Two passes, counting the runs first: arrays sized for every month and then cut down were
        // most of what a timeline over 100,000 fresh deals allocated (and collected).
        int count = runCount(schedule, capacity);
        if (count == 0) {
            return NONE;
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        long[] values = new long[count];
        int r = -1;
        long previous = 0;
        for (int i = 0; i < schedule.length(); i++) {
            long v = capacity ? schedule.kilowattsAt(i) : schedule.moneyAt(i);
            int month = schedule.startMonth() + i;
            if (v != 0 && r >= 0 && v == previous && ends[r] == month - 1) {
                ends[r] = month;
            } else if (v != 0) {
                r++;
                starts[r] = month;
                ends[r] = month;
                values[r] = v;
            }
            previous = v;
        }
        return new MonthRuns(starts, ends, values);
    }

    /** How many runs of equal, non-zero values (in consecutive months) the schedule has. */
    private static int runCount(DealSchedule schedule, boolean capacity) {
        int count = 0;
        long previous = 0;
        for (int i = 0; i < schedule.length(); i++) {
            long v = capacity ? schedule.kilowattsAt(i) : schedule.moneyAt(i);
            if (v != 0 && v != previous) {
                count++;
            }
            previous = v;
        }
        return count;
    }

    /** Whether a run takes something away (a stock's removal, see {@link #heldUntil}). */
    boolean hasNegative() {
        for (long v : values) {
            if (v < 0) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    /**
     * A deal's whole capacity under contract from {@code from} to {@code end}, as changes of a stock:
     * all of it arrives in {@code from} (or in {@code opening}, when a timeline starts later) and
     * leaves the month after {@code end}.
     */
    static MonthRuns contracted(long total, int from, int opening, int end) {
        if (total == 0 || end < opening || end < from) {
            return NONE;
        }
        int arrives = Math.max(from, opening);
        return new MonthRuns(new int[] {arrives, end + 1}, new int[] {arrives, end + 1}, new long[] {total, -total});
    }

    /**
     * These runs of capacity coming online, turned into the changes of the capacity online: what came
     * online before {@code opening} arrives at once in {@code opening} (a timeline that starts later
     * still counts what is already online), and everything leaves the month after {@code end}, the
     * end of the deal's schedule (a deal keeps its capacity for its term, not forever). Running sums
     * over the result give the gigawatts online at the end of each month; they never exceed what the
     * deal brings online in all, and never go below zero.
     *
     * @param opening the first month a timeline shows, or {@code Integer.MIN_VALUE} when it has no start
     * @param end     the last month of the deal's schedule
     */
    MonthRuns heldUntil(int opening, int end) {
        if (isEmpty() || end < opening) {
            return NONE;
        }
        long all = sumBetween(first(), last(), true);
        long before = opening > first() ? sumBetween(first(), opening - 1, true) : 0;
        int n = values.length + 2;
        int[] s = new int[n];
        int[] e = new int[n];
        long[] v = new long[n];
        int r = 0;
        if (before != 0) {
            s[r] = opening;
            e[r] = opening;
            v[r++] = before;
        }
        for (int i = 0; i < values.length; i++) {
            if (ends[i] >= opening) {
                s[r] = Math.max(starts[i], opening);
                e[r] = ends[i];
                v[r++] = values[i];
            }
        }
        if (end < Integer.MAX_VALUE) {
            s[r] = end + 1;
            e[r] = end + 1;
            v[r++] = -all;
        }
        return new MonthRuns(Arrays.copyOf(s, r), Arrays.copyOf(e, r), Arrays.copyOf(v, r));
    }

    /** First month with a value; {@code Integer.MAX_VALUE} when there is none. */
    int first() {
        return isEmpty() ? Integer.MAX_VALUE : starts[0];
    }

    /** Last month with a value; {@code Integer.MIN_VALUE} when there is none. */
    int last() {
        return isEmpty() ? Integer.MIN_VALUE : ends[ends.length - 1];
    }

    /**
     * Adds the runs, clipped to [firstMonth, lastMonth], into a difference array: {@code diff[i]}
     * holds the change from month {@code firstMonth + i - 1} to month {@code firstMonth + i}, so
     * running sums over it give the monthly values. {@code diff} has one slot more than the months.
     *
     * <p>The slots themselves are added unchecked: a slot takes additions and subtractions in any
     * order, and two's-complement arithmetic gets their end result right whenever the months it
     * stands for fit in a long. Whether they do is what the returned sum tells: the caller adds the
     * sums of all its deals with checked arithmetic, and no month (all are non-negative) can be
     * larger than that total.
     *
     * @param capacity whether the runs are kilowatts, for the refusal's message
     * @return the sum of the positive months added (all of them, but for a stock's removals)
     * @throws com.computefolio.domain.TotalTooLargeException if that sum does not fit in a long
     */
    long addIntoDifferences(long[] diff, int firstMonth, int lastMonth, boolean capacity) {
        long sum = 0;
        for (int r = 0; r < values.length; r++) {
            int lo = Math.max(starts[r], firstMonth);
            int hi = Math.min(ends[r], lastMonth);
            if (lo <= hi) {
                diff[lo - firstMonth] += values[r];
                diff[hi - firstMonth + 1] -= values[r];
                if (values[r] > 0) {
                    // Only what is added bounds the months: a stock's removals (see heldUntil) lower them.
                    sum = ExactSums.add(sum, ExactSums.times(values[r], hi - lo + 1, capacity), capacity);
                }
            }
        }
        return sum;
    }

    /**
     * The sum of the months in [from, to].
     *
     * @throws com.computefolio.domain.TotalTooLargeException if it does not fit in a long
     */
    long sumBetween(int from, int to, boolean capacity) {
        long sum = 0;
        for (int r = 0; r < values.length; r++) {
            int lo = Math.max(starts[r], from);
            int hi = Math.min(ends[r], to);
            if (lo <= hi) {
                sum = ExactSums.add(sum, ExactSums.times(values[r], (long) hi - lo + 1, capacity), capacity);
            }
        }
        return sum;
    }

    /**
     * Adds the months in [from, to] into the sums of calendar-aligned periods of
     * {@code monthsPerPeriod} months, the first starting at {@code firstPeriodMonth}: a run costs one
     * addition per period it touches rather than one per month. Checked like every other sum, although
     * one deal's periods cannot exceed its (checked) total: a cell is never the place a total wraps.
     *
     * @param capacity whether the runs are kilowatts, for the refusal's message
     */
    void addPerPeriod(long[] sums, int firstPeriodMonth, int monthsPerPeriod, int from, int to, boolean capacity) {
        for (int r = 0; r < values.length; r++) {
            int lo = Math.max(starts[r], from);
            int hi = Math.min(ends[r], to);
            while (lo <= hi) {
                int period = Math.floorDiv(lo - firstPeriodMonth, monthsPerPeriod);
                int periodEnd = Math.min(hi, firstPeriodMonth + (period + 1) * monthsPerPeriod - 1);
                sums[period] = ExactSums.add(sums[period], ExactSums.times(values[r], periodEnd - lo + 1, capacity), capacity);
                lo = periodEnd + 1;
            }
        }
    }
}
