package com.computefolio.domain;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Checks one revision of a deal: its figures, sources, term, capacity and schedule legs. */
final class RevisionChecks {

    /** A term or leg longer than a century is a typing slip (months for days, an extra digit). */
    static final int LONGEST_TERM_MONTHS = 1200;

    /**
     * A million gigawatts (10^12 kW), a hundred times the world's generating capacity: beyond it a
     * capacity is a typing slip, and below it the legs of one deal can never overflow a month.
     */
    static final long ABSURD_CAPACITY_KW = 1_000_000_000_000L;

    private RevisionChecks() {
    }

    static void check(Revision revision, String path, Set<Source> checkedSources, List<Problem> problems) {
        checkTexts(revision, path, problems);
        FigureChecks.check(revision.value(), path + ".value", problems);
        for (int j = 0; j < revision.otherFigures().size(); j++) {
            FigureChecks.check(revision.otherFigures().get(j), path + ".otherFigures[" + j + "]", problems);
        }
        CitedSources.forEach(revision, path, (listPath, list) -> SourceChecks.check(list, listPath, checkedSources, problems));
        if (revision.term() != null && revision.term().months() > LONGEST_TERM_MONTHS) {
            problems.add(Problem.at(path + ".term.months", say(TERM_OVER_CENTURY, revision.term().months()),
                    say(EXPECT_AT_MOST_MONTHS, LONGEST_TERM_MONTHS)));
        }
        checkCapacity(revision.capacity(), path + ".capacityGw", problems);
        checkLegs(revision, path, problems);
        checkHeadlineTotal(revision, path, problems);
    }

    /** Lengths and characters of the revision's texts, and the sizes of its lists. */
    private static void checkTexts(Revision revision, String path, List<Problem> problems) {
        TextChecks.check(revision.change(), DealLimits.CHANGE, path + ".change", problems);
        TextChecks.check(revision.hardware(), DealLimits.LABEL, path + ".hardware", problems);
        TextChecks.check(revision.notes(), DealLimits.NOTES, path + ".notes", problems);
        TextChecks.check(revision.value().label(), DealLimits.LABEL, path + ".value.label", problems);
        ListChecks.checkCount(revision.otherFigures().size(), DealLimits.MAX_FIGURES_PER_REVISION, ProblemKey.COUNT_FIGURES,
                path + ".otherFigures", problems);
        for (int j = 0; j < revision.otherFigures().size(); j++) {
            Figure figure = revision.otherFigures().get(j);
            TextChecks.check(figure.label(), DealLimits.LABEL, path + ".otherFigures[" + j + "].label", problems);
            ListChecks.checkCount(figure.sources().size(), DealLimits.MAX_SOURCES_PER_LIST, ProblemKey.COUNT_SOURCES,
                    path + ".otherFigures[" + j + "].sources", problems);
        }
        ListChecks.checkCount(revision.legs().size(), DealLimits.MAX_LEGS_PER_REVISION, ProblemKey.COUNT_LEGS,
                path + ".schedule", problems);
        for (int k = 0; k < revision.legs().size(); k++) {
            TextChecks.check(revision.legs().get(k).label(), DealLimits.LABEL, path + ".schedule[" + k + "].label", problems);
        }
        ListChecks.checkCount(revision.sources().size(), DealLimits.MAX_SOURCES_PER_LIST, ProblemKey.COUNT_SOURCES, path + ".sources",
                problems);
        ListChecks.checkCount(revision.value().sources().size(), DealLimits.MAX_SOURCES_PER_LIST, ProblemKey.COUNT_SOURCES,
                path + ".value.sources", problems);
    }

    private static void checkLegs(Revision revision, String path, List<Problem> problems) {
        List<ScheduleLeg> legs = revision.legs();
        String currency = HeadlineTotal.currency(revision);
        boolean anyAmount = false;
        long sum = 0;
        boolean sumValid = true;
        for (int k = 0; k < legs.size(); k++) {
            ScheduleLeg leg = legs.get(k);
            String legPath = path + ".schedule[" + k + "]";
            if (leg.months() > LONGEST_TERM_MONTHS) {
                problems.add(Problem.at(legPath + ".months", say(LEG_OVER_CENTURY, leg.months()),
                        say(EXPECT_AT_MOST_MONTHS, LONGEST_TERM_MONTHS)));
            }
            checkCapacity(leg.capacity(), legPath + ".capacityGw", problems);
            if (leg.amount() == null) {
                continue;
            }
            anyAmount = true;
            FigureChecks.checkAmount(leg.amount(), legPath + ".amount", problems);
            if (!leg.amount().currency().equals(currency)) {
                problems.add(Problem.at(legPath + ".amount", say(LEG_CURRENCY_DIFFERS, leg.amount().currency(), currency),
                        say(EXPECT_AMOUNTS_IN, currency)));
                sumValid = false;
            } else {
                try {
                    sum = Math.addExact(sum, leg.amount().minorUnits());
                } catch (ArithmeticException tooLarge) {
                    sumValid = false; // each leg beyond the limit is reported above
                }
            }
        }
        if (!anyAmount) {
            return;
        }
        if (!revision.value().isDisclosed()) {
            problems.add(Problem.at(path + ".schedule", say(LEGS_AMOUNTS_VALUE_UNDISCLOSED), say(EXPECT_LEGS_WITHOUT_AMOUNTS)));
            return;
        }
        OptionalLong headline = headlineTotal(revision);
        if (sumValid && headline.isPresent() && sum != headline.getAsLong()) {
            Money expected = new Money(currency, headline.getAsLong());
            problems.add(Problem.at(path + ".schedule", say(LEGS_SUM_DIFFERS, new Money(currency, sum), expected),
                    say(EXPECT_LEGS_ADDING_UP_TO, expected)));
        }
    }

    /** A PER_YEAR or PER_MONTH amount can be in range while the total over a long term is not. */
    private static void checkHeadlineTotal(Revision revision, String path, List<Problem> problems) {
        Figure value = revision.value();
        boolean rate = value.basis() == ValueBasis.PER_YEAR || value.basis() == ValueBasis.PER_MONTH;
        if (!rate || value.amount().minorUnits() > FigureChecks.ABSURD_LIMIT_MINOR) {
            return;
        }
        OptionalLong total = headlineTotal(revision);
        if (total.isEmpty() || total.getAsLong() > FigureChecks.ABSURD_LIMIT_MINOR) {
            ProblemKey rateTotal = value.basis() == ValueBasis.PER_MONTH ? MONTHLY_TOTAL_ABSURD : YEARLY_TOTAL_ABSURD;
            problems.add(Problem.at(path + ".value.amount", say(rateTotal, value.amount()),
                    say(EXPECT_TOTAL_AT_MOST, Money.ABSURD_LIMIT_MAJOR)));
        }
    }

    /** The headline total, or empty when it cannot be computed (undisclosed, or beyond a long). */
    private static OptionalLong headlineTotal(Revision revision) {
        try {
            return HeadlineTotal.minorUnits(revision);
        } catch (ArithmeticException tooLarge) {
            return OptionalLong.empty();
        }
    }

    private static void checkCapacity(Capacity capacity, String path, List<Problem> problems) {
        if (capacity != null && capacity.kilowatts() < 0) {
            problems.add(Problem.at(path, say(CAPACITY_NEGATIVE, capacity), say(EXPECT_CAPACITY_NOT_NEGATIVE)));
        } else if (capacity != null && capacity.kilowatts() > ABSURD_CAPACITY_KW) {
            problems.add(Problem.at(path, say(CAPACITY_ABSURD, capacity), say(EXPECT_CAPACITY_AT_MOST)));

        }
    }
}
