package com.computefolio.service;

import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.ScheduleFlag;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What each deal of one register adds to a selection's totals inside one date window: its capacity,
 * its money (zero unless live and in the totals' currency) and its marks (caveats as bit flags, and
 * whether its money flows in), one entry per slot of the {@link DealSearchIndex} (deal × revision).
 * Worked out the first time a total needs a slot and read from these arrays afterwards, so the
 * totals of a keystroke at 100,000 deals add up arrays instead of walking every deal's schedule.
 * {@link #of} is the one definition of a deal's part in the totals: {@link SummaryAssembler} sums
 * only what it gives. Safe for use from several threads: a slot's marks are written last with
 * release semantics and read with acquire, so a reader that sees a slot filled sees its sums too;
 * two threads that fill the same slot write equal values.
 */
final class DealAmounts {

    /** Bits 0-8: the {@link ScheduleFlag}s by ordinal; then the caveats only totals know. */
    static final int OTHER_CURRENCY = 1 << ScheduleFlag.values().length;
    static final int NOT_LIVE = OTHER_CURRENCY << 1;
    /** The caveat bits, in the order of {@link Caveats}' counts. */
    static final int CAVEATS = (NOT_LIVE << 1) - 1;
    /** The money is an inflow (summed apart from commitments). */
    static final int INFLOW = NOT_LIVE << 1;
    /** The slot has been worked out (an entry of zeros is a real answer too). */
    private static final int FILLED = 1 << 30;

    private static final VarHandle MARKS = MethodHandles.arrayElementVarHandle(int[].class);

    private final int from;
    private final int to;
    private final long[] kilowatts;
    private final long[] money;
    private final int[] marks;

    /** An empty table for {@code slots} slots and the months [from, to] (Months indexes). */
    DealAmounts(int slots, int from, int to) {
        this.from = from;
        this.to = to;
        this.kilowatts = new long[slots];
        this.money = new long[slots];
        this.marks = new int[slots];
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /**
     * Makes sure the slot holds what {@code deal} (the deal and revision of that slot, as the pass
     * saw it) adds to totals.
     *
     * @throws com.computefolio.domain.TotalTooLargeException if the deal's own sum is beyond a long
     *         (nothing is stored: the next total asks again and is refused again)
     */
    void fill(int slot, MatchedDeal deal) {
        if (((int) MARKS.getAcquire(marks, slot) & FILLED) != 0) {
            return;
        }
        Part part = of(deal, from, to);
        kilowatts[slot] = part.kilowatts();
        money[slot] = part.money();
        MARKS.setRelease(marks, slot, part.marks() | FILLED);
    }

    /** The slot's capacity; valid after {@link #fill} on this thread or {@link #marks} saw it filled. */
    long kilowatts(int slot) {
        return kilowatts[slot];
    }

    long money(int slot) {
        return money[slot];
    }

    /** The slot's marks (caveat bits and {@link #INFLOW}). */
    int marks(int slot) {
        return (int) MARKS.getAcquire(marks, slot) & ~FILLED;
    }

    /** One deal's part in totals: what {@link SummaryAssembler} adds for it. */
    record Part(long kilowatts, long money, int marks) {
    }

    /**
     * What a deal adds to totals over the months [from, to]: cancelled and superseded deals are
     * counted (NOT_LIVE) with no money or capacity; money in a currency other than the totals' is
     * counted (OTHER_CURRENCY) but not summed; a live deal adds its capacity and, in the totals'
     * currency, its money, to commitments or to inflows by its direction.
     */
    static Part of(MatchedDeal deal, int from, int to) {
        ScheduledDeal scheduled = deal.scheduled();
        int marks = 0;
        for (ScheduleFlag flag : scheduled.flags()) {
            marks |= 1 << flag.ordinal();
        }
        boolean usd = TimelinePlan.CURRENCY.equals(scheduled.currency());
        if (!usd) {
            marks |= OTHER_CURRENCY;
        }
        if (deal.view().deal().direction() == MoneyDirection.INFLOW) {
            marks |= INFLOW;
        }
        if (!deal.view().revision().status().isLive()) {
            return new Part(0, 0, marks | NOT_LIVE);
        }
        long kw = scheduled.sumBetween(from, to, true);
        long cents = usd ? scheduled.sumBetween(from, to, false) : 0;
        return new Part(kw, cents, marks);
    }
}
