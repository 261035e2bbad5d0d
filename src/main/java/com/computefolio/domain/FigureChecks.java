package com.computefolio.domain;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks one figure: amounts in range, a sensible estimate range, at least one source unless marked unsourced. */
final class FigureChecks {

    /** 10^15 major units, in minor units. */
    static final long ABSURD_LIMIT_MINOR = Money.ABSURD_LIMIT_MAJOR.movePointRight(2).longValueExact();

    /** The ISO 4217 codes the JDK knows. */
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private FigureChecks() {
    }

    static void check(Figure figure, String path, List<Problem> problems) {
        if (figure.amount() != null) {
            checkAmount(figure.amount(), path + ".amount", problems);
        }
        checkRangeEnd(figure, figure.low(), path + ".low", problems);
        checkRangeEnd(figure, figure.high(), path + ".high", problems);
        if (figure.low() != null && figure.high() != null && sameCurrency(figure.low(), figure.high())
                && figure.low().minorUnits() > figure.high().minorUnits()) {
            problems.add(Problem.at(path + ".low", say(RANGE_LOW_ABOVE_HIGH, figure.low(), figure.high()),
                    say(EXPECT_LOW_AT_MOST_HIGH)));
        } else if (figure.amount() != null && outsideRange(figure)) {
            problems.add(Problem.at(path + ".amount", say(AMOUNT_OUTSIDE_RANGE, figure.amount(), rangeText(figure)),
                    say(EXPECT_AMOUNT_WITHIN, rangeText(figure))));
        }
        if (figure.unsourced() && !figure.sources().isEmpty()) {
            problems.add(Problem.at(path + ".unsourced", say(FIGURE_UNSOURCED_WITH_SOURCE), say(EXPECT_SOURCES_OR_UNSOURCED)));
        } else if (figure.sources().isEmpty() && !figure.unsourced()) {
            problems.add(Problem.at(path + ".sources", say(FIGURE_NO_SOURCE), say(EXPECT_SOURCE_OR_UNSOURCED)));
        }
    }

    /** Negative or absurdly large amounts; used for figures and for schedule legs. */
    static void checkAmount(Money amount, String path, List<Problem> problems) {
        if (!ISO_CODES.contains(amount.currency())) {
            // Files are checked when read; this catches amounts made elsewhere (the editor, tools).
            problems.add(Problem.at(path, say(CURRENCY_NOT_ISO, amount.currency()), say(EXPECT_CURRENCY_CODE)));
        }
        if (amount.isNegative()) {
            problems.add(Problem.at(path, say(AMOUNT_NEGATIVE, amount), say(EXPECT_AMOUNT_NOT_NEGATIVE)));
        } else if (amount.minorUnits() > ABSURD_LIMIT_MINOR) {
            problems.add(Problem.at(path, say(AMOUNT_ABSURD, amount), say(EXPECT_AT_MOST, Money.ABSURD_LIMIT_MAJOR)));
        }
    }

    private static void checkRangeEnd(Figure figure, Money end, String path, List<Problem> problems) {
        if (end == null) {
            return;
        }
        checkAmount(end, path, problems);
        if (figure.amount() != null && !sameCurrency(figure.amount(), end)) {
            problems.add(Problem.at(path, say(RANGE_CURRENCY_DIFFERS, end.currency(), figure.amount().currency()),
                    say(EXPECT_SAME_CURRENCY, figure.amount().currency())));
        }
    }

    private static boolean outsideRange(Figure figure) {
        Money amount = figure.amount();
        boolean belowLow = figure.low() != null && sameCurrency(amount, figure.low())
                && amount.minorUnits() < figure.low().minorUnits();
        boolean aboveHigh = figure.high() != null && sameCurrency(amount, figure.high())
                && amount.minorUnits() > figure.high().minorUnits();
        return belowLow || aboveHigh;
    }

    private static ProblemText rangeText(Figure figure) {
        Object low = figure.low() == null ? "…" : figure.low();
        Object high = figure.high() == null ? "…" : figure.high();
        return say(RANGE, low, high);
    }


    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }
}

