package com.computefolio.domain;

import java.util.Arrays;
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
        if (money.length != kilowatts.length) {
            throw new IllegalArgumentException("money and capacity must cover the same months");
        }
        this.dealId = dealId;
        this.currency = currency;
        this.startMonth = startMonth;
        this.money = money.clone();
        this.kilowatts = kilowatts.clone();
        this.flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
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

    public long totalMoney() {
        return Arrays.stream(money).sum();
    }

    public long totalKilowatts() {
        return Arrays.stream(kilowatts).sum();
    }

    public Set<ScheduleFlag> flags() {
        return flags;
    }

    /** Adds this schedule's money (or capacity) into a target array indexed from {@code targetStartMonth}. */
    public void addInto(long[] target, int targetStartMonth, boolean capacity) {
        long[] src = capacity ? kilowatts : money;
        int from = Math.max(startMonth, targetStartMonth);
        int to = Math.min(endMonth(), targetStartMonth + target.length - 1);
        for (int m = from; m <= to; m++) {
            target[m - targetStartMonth] += src[m - startMonth];
        }
    }
}
