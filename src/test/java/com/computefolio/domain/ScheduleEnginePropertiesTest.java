package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Whatever the amount (up to 10^17 cents, the validator's limit), term and shape, a schedule places
 * exactly the total, never a negative month, and nothing outside where it was told to.
 */
class ScheduleEnginePropertiesTest {

    private static final long MAX_CENTS = 100_000_000_000_000_000L;
    private static final YearMonth START = YearMonth.of(2026, 1);

    private final ScheduleEngine engine = new ScheduleEngine();

    @Property
    void evenSpreadAddsUpExactlyWithinTheTerm(@ForAll @LongRange(max = MAX_CENTS) long cents,
                                               @ForAll @IntRange(min = 1, max = 240) int months,
                                               @ForAll @LongRange(max = 100_000_000) long kilowatts) {
        Deal d = deal("p").valueMinor(cents, ValueBasis.TOTAL_OVER_TERM).term(START.toString(), months)
                .capacityGw(BigDecimal.valueOf(kilowatts, 6).toPlainString()).build();

        DealSchedule s = engine.schedule(d, d.current());

        assertThat(s.startMonth()).isEqualTo(Months.index(START));
        assertThat(s.length()).isEqualTo(months);
        assertThat(s.totalMoney()).isEqualTo(cents);
        assertThat(s.totalKilowatts()).isEqualTo(kilowatts);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < s.length(); i++) {
            assertThat(s.moneyAt(i)).isNotNegative();
            assertThat(s.kilowattsAt(i)).isNotNegative();
            min = Math.min(min, s.moneyAt(i));
            max = Math.max(max, s.moneyAt(i));
        }
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Property
    void eachShapedLegAddsUpExactlyAndStaysInsideItsMonths(@ForAll @LongRange(max = MAX_CENTS) long cents,
                                                          @ForAll @IntRange(min = 1, max = 240) int termMonths,
                                                          @ForAll @IntRange(min = 0, max = 239) int rawOffset,
                                                          @ForAll @IntRange(min = 1, max = 240) int rawLength,
                                                          @ForAll ScheduleShape shape) {
        int offset = rawOffset % termMonths;
        int legMonths = 1 + (rawLength - 1) % (termMonths - offset);
        YearMonth legStart = START.plusMonths(offset);
        Deal d = deal("p").valueMinor(cents, ValueBasis.TOTAL_OVER_TERM).term(START.toString(), termMonths)
                .legMinor(legStart.toString(), legMonths, shape, cents).build();

        DealSchedule s = engine.schedule(d, d.current());

        assertThat(s.startMonth()).isEqualTo(Months.index(START));
        assertThat(s.length()).isEqualTo(termMonths);
        assertThat(s.totalMoney()).isEqualTo(cents);
        for (int i = 0; i < s.length(); i++) {
            assertThat(s.moneyAt(i)).isNotNegative();
            boolean insideLeg = i >= offset && i < offset + legMonths;
            if (!insideLeg) {
                assertThat(s.moneyAt(i)).as("month %d outside the leg", i).isZero();
            }
        }
        if (shape == ScheduleShape.RAMP) {
            for (int i = offset + 1; i < offset + legMonths; i++) {
                assertThat(s.moneyAt(i)).as("ramp never falls").isGreaterThanOrEqualTo(s.moneyAt(i - 1));
            }
        }
        if (shape == ScheduleShape.LUMP) {
            assertThat(s.moneyAt(offset)).isEqualTo(cents);
        }
    }

    @Property
    void perYearAmountAddsUpToItsRoundedTotalOverTheTerm(@ForAll @LongRange(max = MAX_CENTS / 20) long centsPerYear,
                                                        @ForAll @IntRange(min = 1, max = 240) int months) {
        Deal d = deal("p").valueMinor(centsPerYear, ValueBasis.PER_YEAR).term(START.toString(), months).build();
        long expected = BigDecimal.valueOf(centsPerYear).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_EVEN).longValueExact();

        DealSchedule s = engine.schedule(d, d.current());

        assertThat(s.totalMoney()).isEqualTo(expected);
        assertThat(s.length()).isEqualTo(months);
        for (int i = 0; i < s.length(); i++) {
            assertThat(s.moneyAt(i)).isNotNegative();
        }
    }

    @Property
    void severalLegsTogetherPlaceExactlyTheirSum(@ForAll @LongRange(max = MAX_CENTS / 3) long a,
                                                 @ForAll @LongRange(max = MAX_CENTS / 3) long b,
                                                 @ForAll @LongRange(max = MAX_CENTS / 3) long c,
                                                 @ForAll @IntRange(min = 1, max = 120) int months) {
        Deal d = deal("p").valueMinor(a + b + c, ValueBasis.TOTAL_OVER_TERM)
                .legMinor("2026-01", months, ScheduleShape.EVEN, a)
                .legMinor("2026-06", months, ScheduleShape.RAMP, b)
                .legMinor("2030-01", 1, ScheduleShape.LUMP, c).build();

        DealSchedule s = engine.schedule(d, d.current());

        assertThat(s.totalMoney()).isEqualTo(a + b + c);
        assertThat(Months.month(s.startMonth())).isEqualTo(YearMonth.of(2026, 1));
        for (int i = 0; i < s.length(); i++) {
            assertThat(s.moneyAt(i)).isNotNegative();
        }
    }
}
