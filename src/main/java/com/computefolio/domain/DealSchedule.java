package com.computefolio.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A deal revision turned into monthly amounts: money in minor units and capacity in kilowatts, both
 * as primitive arrays starting at {@link #startMonth()} (see {@link Months}). Immutable: the arrays
 * never leave this class.
 */
public final class DealSchedule {
    private final String dealId;
    private final String currency;
    private final int startMonth;
    private final long[] money;
    private final long[] kilowatts;
    private final Set<ScheduleFlag> flags;

    public DealSchedule(String dealId, String currency, int startMonth, long[] money, long[] kilowatts, Set<ScheduleFlag> flags) {
        this(dealId, currency, startMonth, money.clone(), kilowatts.clone(), flags, true);
    }

    /**
     * Keeps the arrays as given, for callers that made them for this schedule alone and never touch
     * them again ({@code handedOver} only tells this constructor from the public one).
     */
    private DealSchedule(String dealId, String currency, int startMonth, long[] money, long[] kilowatts, Set<ScheduleFlag> flags,
                         boolean handedOver) {
        if (money.length != kilowatts.length) {
            throw new IllegalArgumentException("money and capacity must cover the same months");
        }
        this.dealId = dealId;
        this.currency = currency;
        this.startMonth = startMonth;
        this.money = money;
        this.kilowatts = kilowatts;
        this.flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /**
     * A schedule over arrays the {@link ScheduleEngine} made for it alone, without copying them: the
     * engine schedules every deal of a register for a timeline, and the copies were a quarter of
     * what that allocated.
     */
    static DealSchedule ofOwnedArrays(String dealId, String currency, int startMonth, long[] money, long[] kilowatts,
                                      Set<ScheduleFlag> flags) {
        return new DealSchedule(dealId, currency, startMonth, money, kilowatts, flags, true);
    }

    public String dealId() {
        return dealId;
    }

    public String currency() {
        return currency;
    }

    /** First month, as a {@link Months} index. */
    public int startMonth() {
        return startMonth;
    }

    public int length() {
        return money.length;
    }

    /** Last month, inclusive, as a {@link Months} index. */
    public int endMonth() {
        return startMonth + money.length - 1;
    }

    public long moneyAt(int offset) {
        return money[offset];
    }

    public long kilowattsAt(int offset) {
        return kilowatts[offset];
    }

    /** @throws TotalTooLargeException if the months add up beyond a long (never for a validated deal) */
    public long totalMoney() {
        return ExactSums.sum(money, false);
    }

    /** @throws TotalTooLargeException if the months add up beyond a long */
    public long totalKilowatts() {
        return ExactSums.sum(kilowatts, true);
    }

    public Set<ScheduleFlag> flags() {
        return flags;
    }

    /**
     * Adds this schedule's money (or capacity) into a target array indexed from {@code targetStartMonth}.
     *
     * @throws TotalTooLargeException if a month of the target would pass a long
     */
    public void addInto(long[] target, int targetStartMonth, boolean capacity) {
        long[] src = capacity ? kilowatts : money;
        int from = Math.max(startMonth, targetStartMonth);
        int to = Math.min(endMonth(), targetStartMonth + target.length - 1);
        for (int m = from; m <= to; m++) {
            target[m - targetStartMonth] = ExactSums.add(target[m - targetStartMonth], src[m - startMonth], capacity);
        }
    }
}
