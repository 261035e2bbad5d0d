package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ExactSumsTest {

    @Property
    void addIsTheBigIntegerSumOrARefusal(@ForAll long a, @ForAll long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (exact.bitLength() < 64) {
            assertThat(ExactSums.money(a, b)).isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> ExactSums.money(a, b)).isInstanceOf(TotalTooLargeException.class);
        }
    }

    @Property
    void timesIsTheBigIntegerProductOrARefusal(@ForAll long value, @ForAll long count) {
        BigInteger exact = BigInteger.valueOf(value).multiply(BigInteger.valueOf(count));
        if (exact.bitLength() < 64) {
            assertThat(ExactSums.times(value, count, true)).isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> ExactSums.times(value, count, true)).isInstanceOf(TotalTooLargeException.class);
        }
    }

    @Test
    void theRefusalSaysWhatCouldNotBeAddedAndTheLimit() {
        assertThatThrownBy(() -> ExactSums.money(Long.MAX_VALUE, 1)).hasMessageContaining("($92,233T)");
        assertThatThrownBy(() -> ExactSums.kilowatts(Long.MAX_VALUE, 1)).hasMessageContaining("(9,223,372,036,854 GW)");
        assertThat(ExactSums.sum(new long[] {Long.MAX_VALUE - 2, 1, 1}, false)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> ExactSums.sum(new long[] {Long.MAX_VALUE, 1, -1}, false))
                .isInstanceOf(TotalTooLargeException.class);
    }

    @Test
    void overlappingCapacityLegsBeyondALongAreRefusedByTheEngine() {
        // Two legs of 5 × 10^12 GW (5 × 10^18 kW) in the same month: each fits, the month does not.
        Deal huge = deal("huge").undisclosed()
                .capacityLeg("2026-01", 1, ScheduleShape.LUMP, "5000000000000")
                .capacityLeg("2026-01", 1, ScheduleShape.LUMP, "5000000000000").build();

        assertThatThrownBy(() -> new ScheduleEngine().schedule(huge, huge.current()))
                .isInstanceOf(TotalTooLargeException.class)
                .satisfies(e -> assertThat(((TotalTooLargeException) e).capacity()).isTrue());
    }
}
