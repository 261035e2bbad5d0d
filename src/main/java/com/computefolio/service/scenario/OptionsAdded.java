package com.computefolio.service.scenario;

import com.computefolio.domain.DealOption;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a revision's options and extensions (format version 2) to the money it counts, for the
 * options scenario and wider (docs/scenarios.md): each option's value, scaled like the counted
 * figure, becomes a leg of its own after the term (an even spread over the months it adds, or all
 * in the month after the term when it adds none), and the counted value becomes the total of the
 * deal and its options. Options in another currency than the value, and undisclosed ones, add nothing.
 */
final class OptionsAdded {

    private OptionsAdded() {
    }

    static Revision to(Revision revision, BigDecimal factor) {
        Figure value = revision.value();
        if (revision.options().isEmpty() || !value.isDisclosed()) {
            return revision;
        }
        String currency = value.amount().currency();
        long base = HeadlineTotal.minorUnits(revision).orElse(0);
        List<ScheduleLeg> legs = baseLegs(revision, base, currency);
        YearMonth after = afterTerm(revision, legs);
        long total = base;
        for (DealOption option : revision.options()) {
            Figure optionValue = option.value();
            if (!optionValue.isDisclosed() || !optionValue.amount().currency().equals(currency)) {
                continue;
            }
            long amount = BigDecimal.valueOf(optionValue.amount().minorUnits()).multiply(factor)
                    .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            int months = option.months() == null ? 1 : option.months();
            legs.add(new ScheduleLeg(option.label(), after, months, months == 1 ? ScheduleShape.LUMP : ScheduleShape.EVEN,
                    new Money(currency, amount), null));
            total = Math.addExact(total, amount);
        }
        if (total == base) {
            return revision;
        }
        // A yearly or monthly rate no longer describes the sum; the total over the term does.
        ValueBasis basis = value.basis() == ValueBasis.PER_YEAR || value.basis() == ValueBasis.PER_MONTH
                ? ValueBasis.TOTAL_OVER_TERM : value.basis();
        Figure counted = new Figure(basis, new Money(currency, total), null, null, value.confidence(), value.sources(),
                value.label(), value.unsourced());
        return new Revision(revision.knownFrom(), revision.change(), revision.status(), counted, revision.otherFigures(),
                revision.term(), revision.capacity(), revision.hardware(), legs, revision.sources(), revision.notes(),
                revision.capacityClaim(), revision.options(), revision.exitRights());
    }

    /** The legs that place the deal's own money: its legs with money, or one even leg over its term (or month). */
    private static List<ScheduleLeg> baseLegs(Revision revision, long base, String currency) {
        List<ScheduleLeg> legs = new ArrayList<>(revision.legs());
        boolean legsCarryMoney = legs.stream().anyMatch(l -> l.amount() != null);
        if (!legsCarryMoney) {
            Term term = revision.term();
            YearMonth start = term != null ? term.start() : YearMonth.from(revision.knownFrom());
            int months = term != null ? term.months() : 1;
            legs.add(new ScheduleLeg(null, start, months, months == 1 ? ScheduleShape.LUMP : ScheduleShape.EVEN,
                    new Money(currency, base), null));
        }
        return legs;
    }

    private static YearMonth afterTerm(Revision revision, List<ScheduleLeg> legs) {
        YearMonth last = revision.term() != null ? revision.term().end() : YearMonth.from(revision.knownFrom());
        for (ScheduleLeg leg : legs) {
            if (leg.end().isAfter(last)) {
                last = leg.end();
            }
        }
        return last.plusMonths(1);
    }
}
