package com.computefolio.service;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The one to three dated revisions of a synthetic deal, in the proportions the curated data shows:
 * mostly stated totals, some "up to" ceilings, yearly amounts, analysts' estimates with ranges and
 * undisclosed values; terms of one to ten years (a few unknown or assumed); a few schedules in legs
 * (a first tranche, then an even or ramping rest); a status that moves from reported to definitive
 * to active, and now and then to paused, cancelled, completed or superseded.
 */
final class SyntheticRevisions {

    private static final DealStatus[] FIRST_STATUSES = {DealStatus.REPORTED, DealStatus.LETTER_OF_INTENT, DealStatus.DEFINITIVE,
        DealStatus.DEFINITIVE, DealStatus.DEFINITIVE};
    private static final DealStatus[] LATER_STATUSES = {DealStatus.ACTIVE, DealStatus.ACTIVE, DealStatus.ACTIVE, DealStatus.AMENDED,
        DealStatus.AMENDED, DealStatus.DEFINITIVE, DealStatus.PAUSED, DealStatus.CANCELLED, DealStatus.COMPLETED, DealStatus.SUPERSEDED};
    private static final String[] HARDWARE = {"GPU racks, current generation", "GPU racks, next generation", "Custom accelerators",
        "HBM stacks", "Mixed GPU fleet"};
    private static final long MILLION_MINOR = 100_000_000L;

    /** What stays the same across a deal's revisions. */
    private record Shape(ValueBasis basis, Confidence confidence, String currency, boolean hasCapacity, String hardware) {
    }

    List<Revision> forDeal(DealKind kind, LocalDate announced, List<Source> sources, Random random) {
        int count = 1 + (random.nextInt(20) < 9 ? 0 : random.nextInt(20) < 13 ? 1 : 2);
        Shape shape = shape(kind, random);
        long millions = baseMillions(shape.basis(), random);
        LocalDate knownFrom = random.nextInt(10) == 0 ? announced.minusDays(30 + random.nextInt(90)) : announced;
        Term term = term(announced, random);
        List<Revision> revisions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean rumour = i == 0 && knownFrom.isBefore(announced);
            DealStatus status = i == 0 ? (rumour ? DealStatus.RUMOURED : FIRST_STATUSES[random.nextInt(FIRST_STATUSES.length)])
                    : LATER_STATUSES[random.nextInt(LATER_STATUSES.length)];
            if (i > 0 && random.nextInt(3) == 0) {
                millions += millions * (1 + random.nextInt(50)) / 100; // an amendment that grows the deal
            }
            List<Source> cited = sources.subList(0, Math.min(sources.size(), i + 1));
            revisions.add(revision(knownFrom, status, shape, millions, term, cited, i, random));
            knownFrom = knownFrom.plusDays(30 + random.nextInt(400));
        }
        return revisions;
    }

    private static Shape shape(DealKind kind, Random random) {
        int b = random.nextInt(100);
        ValueBasis basis = b < 55 ? ValueBasis.TOTAL_OVER_TERM : b < 65 ? ValueBasis.UP_TO : b < 73 ? ValueBasis.PER_YEAR
                : b < 85 ? ValueBasis.ANALYST_ESTIMATE : ValueBasis.UNDISCLOSED;
        int c = random.nextInt(100);
        Confidence confidence = basis == ValueBasis.ANALYST_ESTIMATE ? Confidence.ESTIMATE
                : c < 50 ? Confidence.OFFICIAL : c < 90 ? Confidence.REPORTED : Confidence.ESTIMATE;
        int cur = random.nextInt(100);
        String currency = cur < 97 ? "USD" : cur < 99 ? "EUR" : "GBP";
        boolean physical = kind == DealKind.CLOUD_SERVICES || kind == DealKind.DATA_CENTRE || kind == DealKind.CHIPS
                || kind == DealKind.JOINT_VENTURE;
        boolean hasCapacity = physical && random.nextInt(5) < 2;
        String hardware = kind == DealKind.CLOUD_SERVICES || kind == DealKind.CHIPS || kind == DealKind.CUSTOM_SILICON
                || kind == DealKind.MEMORY ? HARDWARE[random.nextInt(HARDWARE.length)] : null;
        return new Shape(basis, confidence, currency, hasCapacity, hardware);
    }

    /** Whole millions, spread log-uniformly from about $30M to $300B (a fifth of that for yearly amounts). */
    private static long baseMillions(ValueBasis basis, Random random) {
        // StrictMath: the same seed must give the same bytes on every machine.
        long millions = Math.round(StrictMath.exp(StrictMath.log(30) + random.nextInt(1_000_000) / 1e6 * StrictMath.log(10_000)));
        return basis == ValueBasis.PER_YEAR ? Math.max(10, millions / 5) : millions;
    }

    /** Starting within a year of the announcement and lasting one to ten years; a few unknown. */
    private static Term term(LocalDate announced, Random random) {
        if (random.nextInt(100) < 7) {
            return null;
        }
        YearMonth start = YearMonth.from(announced).plusMonths(random.nextInt(13));
        int months = random.nextBoolean() ? 12 * (1 + random.nextInt(10)) : 12 + random.nextInt(109);
        return new Term(start, months, random.nextInt(100) < 15);
    }

    private Revision revision(LocalDate knownFrom, DealStatus status, Shape shape, long millions, Term term, List<Source> sources,
                              int index, Random random) {
        Figure value = figure(shape, millions, sources.subList(0, 1), random);
        List<Figure> others = value.isDisclosed() && random.nextInt(10) == 0
                ? List.of(otherFigure(shape, millions, sources.get(sources.size() - 1), random)) : List.of();
        Capacity capacity = shape.hasCapacity() ? new Capacity(50_000L * (1 + random.nextInt(100))) : null;
        List<ScheduleLeg> legs = legs(value, term, random);
        String change = index == 0 ? "Announced." : status == DealStatus.AMENDED ? "Terms amended." : "Status now " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        String notes = random.nextInt(4) == 0 ? "Figures as reported at the time; the schedule is assumed even unless legs are given." : null;
        return new Revision(knownFrom, change, status, value, others, term, capacity, shape.hardware(), legs, sources, notes);
    }

    private static Figure figure(Shape shape, long millions, List<Source> sources, Random random) {
        if (shape.basis() == ValueBasis.UNDISCLOSED) {
            return Figure.undisclosed(shape.confidence(), sources);
        }
        Money amount = new Money(shape.currency(), millions * MILLION_MINOR);
        if (shape.basis() != ValueBasis.ANALYST_ESTIMATE) {
            return new Figure(shape.basis(), amount, null, null, shape.confidence(), sources, null);
        }
        Money low = new Money(shape.currency(), millions * (60 + random.nextInt(40)) / 100 * MILLION_MINOR);
        Money high = new Money(shape.currency(), millions * (100 + random.nextInt(60)) / 100 * MILLION_MINOR);
        return new Figure(ValueBasis.ANALYST_ESTIMATE, amount, low, high, Confidence.ESTIMATE, sources, "analysts' central estimate");
    }

    private static Figure otherFigure(Shape shape, long millions, Source source, Random random) {
        long other = Math.max(1, millions * (80 + random.nextInt(41)) / 100);
        ValueBasis basis = shape.basis() == ValueBasis.PER_YEAR ? ValueBasis.PER_YEAR : ValueBasis.TOTAL_OVER_TERM;
        return new Figure(basis, new Money(shape.currency(), other * MILLION_MINOR), null, null, Confidence.REPORTED,
                List.of(source), "another outlet's figure");
    }

    /**
     * About one revision in eight with a term of two months or more is scheduled in legs: a first
     * tranche in the first month, then the rest spread evenly or ramping. Yearly amounts are left
     * to the even spread, whose total depends on the term.
     */
    private static List<ScheduleLeg> legs(Figure value, Term term, Random random) {
        if (term == null || term.months() < 2 || !value.isDisclosed() || value.basis() == ValueBasis.PER_YEAR
                || random.nextInt(8) != 0) {
            return List.of();
        }
        long total = value.amount().minorUnits();
        long first = total / 100 * (10 + random.nextInt(21));
        String currency = value.amount().currency();
        ScheduleShape rest = random.nextBoolean() ? ScheduleShape.EVEN : ScheduleShape.RAMP;
        return List.of(
                new ScheduleLeg("first tranche", term.start(), 1, ScheduleShape.LUMP, new Money(currency, first), null),
                new ScheduleLeg("remainder", term.start().plusMonths(1), term.months() - 1, rest,
                        new Money(currency, total - first), null));
    }
}
