package com.computefolio.service;

import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.ScheduleFlag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the analysis needs of a deal's schedule, in compact form: currency, caveats, the months it
 * spans and its money and capacity as {@link MonthRuns}. Kept in the schedule cache instead of the
 * month arrays themselves, which at 100,000 deals would hold about 100 MB.
 * Months are {@link com.computefolio.domain.Months} indexes.
 */
record ScheduledDeal(String currency, Set<ScheduleFlag> flags, int startMonth, int endMonth,
                     MonthRuns money, MonthRuns kilowatts) {

    static ScheduledDeal of(DealSchedule schedule) {
        return new ScheduledDeal(schedule.currency(), schedule.flags(), schedule.startMonth(), schedule.endMonth(),
                MonthRuns.of(schedule, false), MonthRuns.of(schedule, true));
    }

    /** The same schedule with one more caveat; the original is left as it is (it may sit in the schedule cache). */
    ScheduledDeal withFlag(ScheduleFlag flag) {
        Set<ScheduleFlag> more = flags.isEmpty() ? EnumSet.noneOf(ScheduleFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new ScheduledDeal(currency, Collections.unmodifiableSet(more), startMonth, endMonth, money, kilowatts);
    }

    MonthRuns runs(boolean capacity) {
        return capacity ? kilowatts : money;
    }

    /** Sum of money (or capacity) in the months [from, to]. */
    long sumBetween(int from, int to, boolean capacity) {
        return runs(capacity).sumBetween(from, to, capacity);
    }

    boolean overlaps(int from, int to) {
        return startMonth <= to && endMonth >= from;
    }
}
