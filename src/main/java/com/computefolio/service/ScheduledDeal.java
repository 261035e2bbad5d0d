package com.computefolio.service;

import com.computefolio.domain.DealSchedule;

/**
 * A schedule together with the first and last months that actually hold money or capacity, so
 * that a timeline can find its range without scanning every month of every deal again.
 * Months are {@link com.computefolio.domain.Months} indexes; {@code first > last} means none.
 */
record ScheduledDeal(DealSchedule schedule, int firstMoney, int lastMoney, int firstKilowatts, int lastKilowatts) {

    static ScheduledDeal of(DealSchedule schedule) {
        int firstMoney = Integer.MAX_VALUE;
        int lastMoney = Integer.MIN_VALUE;
        int firstKw = Integer.MAX_VALUE;
        int lastKw = Integer.MIN_VALUE;
        for (int i = 0; i < schedule.length(); i++) {
            int month = schedule.startMonth() + i;
            if (schedule.moneyAt(i) != 0) {
                firstMoney = Math.min(firstMoney, month);
                lastMoney = month;
            }
            if (schedule.kilowattsAt(i) != 0) {
                firstKw = Math.min(firstKw, month);
                lastKw = month;
            }
        }
        return new ScheduledDeal(schedule, firstMoney, lastMoney, firstKw, lastKw);
    }

    int first(boolean capacity) {
        return capacity ? firstKilowatts : firstMoney;
    }

    int last(boolean capacity) {
        return capacity ? lastKilowatts : lastMoney;
    }

    /** Sum of money (or capacity) in the months [from, to], clipped to the schedule. */
    long sumBetween(int from, int to, boolean capacity) {
        int lo = Math.max(from, schedule.startMonth());
        int hi = Math.min(to, schedule.endMonth());
        long sum = 0;
        for (int m = lo; m <= hi; m++) {
            int offset = m - schedule.startMonth();
            sum += capacity ? schedule.kilowattsAt(offset) : schedule.moneyAt(offset);
        }
        return sum;
    }

    boolean overlaps(int from, int to) {
        return schedule.startMonth() <= to && schedule.endMonth() >= from;
    }
}
