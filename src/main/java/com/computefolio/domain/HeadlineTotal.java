package com.computefolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The total money a revision's headline figure stands for, in minor units. For most bases that is
 * the amount itself; a {@link ValueBasis#PER_YEAR} amount is multiplied by the years it covers.
 * The schedule engine places exactly this total and the validator checks schedule legs against it,
 * so both read it from here.
 */
public final class HeadlineTotal {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private HeadlineTotal() {
    }

    /**
     * The headline total in minor units, or empty for an undisclosed value.
     *
     * <p>PER_YEAR: {@code amount × months / 12}, computed exactly; when that is not a whole number
     * of minor units (e.g. $1.01 a year over 7 months) it is rounded half-even to the nearest unit.
     * The months are the term's; without a term, the span of the schedule legs; with neither, one
     * year (the stated yearly amount is all that is known).
     *
     * <p>PER_MONTH: {@code amount × months}, exact; the months as for PER_YEAR, and with neither term
     * nor legs one month (the stated monthly amount is all that is known). An open-ended term's
     * months are its scheduled horizon (ADR 20).
     *
     * @throws ArithmeticException if the total does not fit in a long (far beyond any valid amount)
     */
    public static OptionalLong minorUnits(Revision revision) {
        Figure value = revision.value();
        if (!value.isDisclosed()) {
            return OptionalLong.empty();
        }
        long amount = value.amount().minorUnits();
        if (value.basis() == ValueBasis.PER_MONTH) {
            // A monthly price is exact in cents: no rounding, only a product (checked against overflow).
            return OptionalLong.of(Math.multiplyExact(amount, (long) coveredMonths(revision).orElse(1)));
        }
        if (value.basis() != ValueBasis.PER_YEAR) {
            return OptionalLong.of(amount);
        }
        int months = coveredMonths(revision).orElse(12);
        BigDecimal total = BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(months))
                .divide(MONTHS_PER_YEAR, 0, RoundingMode.HALF_EVEN);
        return OptionalLong.of(total.longValueExact());
    }

    /** The currency of the headline figure, or of the first leg with money, or USD when nothing says. */
    public static String currency(Revision revision) {
        if (revision.value().amount() != null) {
            return revision.value().amount().currency();
        }
        return revision.legs().stream()
                .filter(leg -> leg.amount() != null)
                .map(leg -> leg.amount().currency())
                .findFirst()
                .orElse("USD");
    }

    /** The months the revision covers: its term, else the span from the first leg start to the last leg end. */
    static Optional<Integer> coveredMonths(Revision revision) {
        if (revision.term() != null) {
            return Optional.of(revision.term().months());
        }
        return legSpan(revision).map(span -> span[1] - span[0] + 1);
    }

    /** {first, last} month index over all legs, or empty without legs. */
    static Optional<int[]> legSpan(Revision revision) {
        if (revision.legs().isEmpty()) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (ScheduleLeg leg : revision.legs()) {
            first = Math.min(first, Months.index(leg.start()));
            last = Math.max(last, Months.index(leg.end()));
        }
        return Optional.of(new int[] {first, last});
    }
}
