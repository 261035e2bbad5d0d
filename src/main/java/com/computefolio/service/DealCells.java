package com.computefolio.service;

import com.computefolio.domain.ScheduleFlag;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * One deal's part in each period of a chart: the periods (0-based, ascending) in which it adds a
 * non-zero amount, and that amount (minor units or kilowatts). Compact on purpose: a chart over
 * 100,000 deals holds one of these per deal.
 */
public final class DealCells {

    private final String dealId;
    private final String title;
    private final int[] periods;
    private final long[] amounts;
    private final Set<ScheduleFlag> flags;

    DealCells(String dealId, String title, int[] periods, long[] amounts) {
        this(dealId, title, periods, amounts, Set.of());
    }

    DealCells(String dealId, String title, int[] periods, long[] amounts, Set<ScheduleFlag> flags) {
        if (periods.length != amounts.length) {
            throw new IllegalArgumentException("one amount per period");
        }
        this.dealId = Objects.requireNonNull(dealId, "dealId");
        this.title = Objects.requireNonNull(title, "title");
        this.periods = periods.clone();
        this.amounts = amounts.clone();
        this.flags = Set.copyOf(flags);
    }

    /** The same cells under another title: the deal's title in the reader's language ({@link LocalNames}). */
    public DealCells titled(String newTitle) {
        return newTitle.equals(title) ? this : new DealCells(dealId, newTitle, periods, amounts, flags);
    }

    /** The caveats of the schedule the amounts come from (ceiling, assumed term, netted umbrella...). */
    public Set<ScheduleFlag> flags() {
        return flags;
    }

    public String dealId() {
        return dealId;
    }

    public String title() {
        return title;
    }

    /** How many periods the deal has a part in. */
    public int count() {
        return periods.length;
    }

    /** The period of the {@code i}-th part. */
    public int period(int i) {
        return periods[i];
    }

    /** The amount of the {@code i}-th part. */
    public long amount(int i) {
        return amounts[i];
    }

    @Override
    public String toString() {
        return dealId + Arrays.toString(periods) + Arrays.toString(amounts);
    }
}
