package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Months;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The timeline adds schedules up as runs of equal months (for speed); whatever the schedule and the
 * window, that must give exactly what adding the schedule month by month gives.
 */
class MonthRunsPropertiesTest {

    private static final YearMonth BASE = YearMonth.of(2026, 1);

    private final ScheduleEngine engine = new ScheduleEngine();

    @Property
    void runsAddUpLikeTheMonthsTheyCameFrom(@ForAll @LongRange(max = 1_000_000_000_000L) long evenCents,
                                            @ForAll @LongRange(max = 1_000_000_000_000L) long rampCents,
                                            @ForAll @LongRange(max = 1_000_000_000_000L) long lumpCents,
                                            @ForAll @IntRange(min = 1, max = 120) int months,
                                            @ForAll @IntRange(min = -24, max = 150) int windowStart,
                                            @ForAll @IntRange(min = 1, max = 200) int windowLength,
                                            @ForAll boolean capacity) {
        Deal d = deal("p").valueMinor(evenCents + rampCents + lumpCents, ValueBasis.TOTAL_OVER_TERM)
                .legMinor(BASE.toString(), months, ScheduleShape.EVEN, evenCents)
                .legMinor(BASE.plusMonths(months / 2).toString(), months, ScheduleShape.RAMP, rampCents)
                .legMinor(BASE.plusMonths(months).toString(), 1, ScheduleShape.LUMP, lumpCents)
                .capacityGw("1.000007").term(BASE.toString(), months).build();
        DealSchedule schedule = engine.schedule(d, d.current());
        MonthRuns runs = MonthRuns.of(schedule, capacity);
        int first = Months.index(BASE) + windowStart;
        int last = first + windowLength - 1;

        long[] expected = new long[windowLength];
        schedule.addInto(expected, first, capacity);
        long[] differences = new long[windowLength + 1];
        runs.addIntoDifferences(differences, first, last, false);
        long[] actual = new long[windowLength];
        long running = 0;
        long expectedSum = 0;
        for (int i = 0; i < windowLength; i++) {
            running += differences[i];
            actual[i] = running;
            expectedSum += expected[i];
        }

        assertThat(actual).containsExactly(expected);
        assertThat(runs.sumBetween(first, last, false)).isEqualTo(expectedSum);
        assertThat(runs.sumBetween(Integer.MIN_VALUE, Integer.MAX_VALUE, false))
                .isEqualTo(capacity ? schedule.totalKilowatts() : schedule.totalMoney());
    }

    @Property
    void firstAndLastAreTheOuterMonthsWithAValue(@ForAll @LongRange(min = 1, max = 1_000_000) long cents,
                                                 @ForAll @IntRange(min = 1, max = 60) int months,
                                                 @ForAll @IntRange(min = 0, max = 30) int offset) {
        YearMonth start = BASE.plusMonths(offset);
        Deal d = deal("p").valueMinor(cents, ValueBasis.TOTAL_OVER_TERM).term(BASE.toString(), offset + months)
                .legMinor(start.toString(), months, ScheduleShape.LUMP, cents).build();

        MonthRuns runs = MonthRuns.of(engine.schedule(d, d.current()), false);

        assertThat(runs.first()).isEqualTo(Months.index(start));
        assertThat(runs.last()).isEqualTo(Months.index(start));
        assertThat(MonthRuns.of(engine.schedule(d, d.current()), true).isEmpty()).isTrue();
    }
}
