package com.computefolio.service.scenario;

import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Term;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The exact arithmetic of a scenario on one revision: a factor on the counted figure, legs that
 * still add up to the new headline, and a delay of every start.
 *
 * <p>Rounding: an amount times a factor is rounded half-even to whole minor units, once. Legs that
 * carry money are rescaled to the new headline total: each leg gets
 * {@code floor(leg × newTotal / oldLegSum)}, and the units left over go one each to the earliest
 * legs (by start, then by order), as the schedule engine places remainders in the earliest months.
 */
final class RevisionScaling {

    private RevisionScaling() {
    }

    /** The figure's amounts (point, low, high) times {@code factor}; unchanged for a factor of one. */
    static Figure scaled(Figure figure, BigDecimal factor) {
        if (!figure.isDisclosed() || factor.compareTo(BigDecimal.ONE) == 0) {
            return figure;
        }
        return new Figure(figure.basis(), times(figure.amount(), factor), times(figure.low(), factor),
                times(figure.high(), factor), figure.confidence(), figure.sources(), figure.label(), figure.unsourced());
    }

    /** {@code revision} counting {@code figure}, its legs' money rescaled to the figure's headline total. */
    static Revision counting(Revision revision, Figure figure) {
        if (figure == revision.value()) {
            return revision;
        }
        Revision withFigure = revision.withValue(figure);
        long newTotal = HeadlineTotal.minorUnits(withFigure).orElse(0);
        return withLegs(withFigure, rescaledLegs(revision.legs(), newTotal));
    }

    /** Every start (term and legs) {@code months} later. */
    static Revision delayed(Revision revision, int months) {
        if (months == 0) {
            return revision;
        }
        Term term = revision.term() == null ? null
                : new Term(revision.term().start().plusMonths(months), revision.term().months(), revision.term().assumed(),
                        revision.term().openEnded(), revision.term().noticeMonths());
        List<ScheduleLeg> legs = revision.legs().stream()
                .map(l -> new ScheduleLeg(l.label(), l.start().plusMonths(months), l.months(), l.shape(), l.amount(), l.capacity(), l.prepayment()))
                .toList();
        return withLegs(revision.withTerm(term), legs);
    }

    static Money times(Money money, BigDecimal factor) {
        if (money == null) {
            return null;
        }
        BigDecimal product = BigDecimal.valueOf(money.minorUnits()).multiply(factor).setScale(0, RoundingMode.HALF_EVEN);
        return new Money(money.currency(), product.longValueExact());
    }

    private static List<ScheduleLeg> rescaledLegs(List<ScheduleLeg> legs, long newTotal) {
        List<Integer> withMoney = new ArrayList<>();
        long oldSum = 0;
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).amount() != null) {
                withMoney.add(i);
                oldSum = Math.addExact(oldSum, legs.get(i).amount().minorUnits());
            }
        }
        if (withMoney.isEmpty() || oldSum == newTotal) {
            return legs;
        }
        List<ScheduleLeg> out = new ArrayList<>(legs);
        if (oldSum == 0) {
            // Nothing to scale from: the legs keep their timing and the headline is spread over the term.
            withMoney.forEach(i -> out.set(i, withAmount(legs.get(i), null)));
            return out;
        }
        long[] amounts = new long[legs.size()];
        long placed = 0;
        for (int i : withMoney) {
            amounts[i] = BigInteger.valueOf(legs.get(i).amount().minorUnits()).multiply(BigInteger.valueOf(newTotal))
                    .divide(BigInteger.valueOf(oldSum)).longValueExact();
            placed += amounts[i];
        }
        List<Integer> earliestFirst = new ArrayList<>(withMoney);
        earliestFirst.sort(Comparator.comparing((Integer i) -> legs.get(i).start()).thenComparing(i -> i));
        long left = newTotal - placed;
        for (int k = 0; left > 0; k = (k + 1) % earliestFirst.size(), left--) {
            amounts[earliestFirst.get(k)]++;
        }
        for (int i : withMoney) {
            out.set(i, withAmount(legs.get(i), new Money(legs.get(i).amount().currency(), amounts[i])));
        }
        return out;
    }

    private static ScheduleLeg withAmount(ScheduleLeg leg, Money amount) {
        return new ScheduleLeg(leg.label(), leg.start(), leg.months(), leg.shape(), amount, leg.capacity(), leg.prepayment());
    }

    private static Revision withLegs(Revision r, List<ScheduleLeg> legs) {
        return new Revision(r.knownFrom(), r.change(), r.status(), r.value(), r.otherFigures(), r.term(), r.capacity(),
                r.hardware(), legs, r.sources(), r.notes(), r.capacityClaim(), r.options(), r.exitRights());
    }
}
