package com.computefolio.domain;

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
            problems.add(Problem.at(path + ".low",
                    "The low end of the estimate range (" + describe(figure.low()) + ") is above the high end ("
                            + describe(figure.high()) + ").",
                    "a low end at or below the high end"));
        } else if (figure.amount() != null && outsideRange(figure)) {
            problems.add(Problem.at(path + ".amount",
                    "The amount " + describe(figure.amount()) + " lies outside its estimate range "
                            + rangeText(figure) + ".",
                    "an amount within " + rangeText(figure)));
        }
        if (figure.unsourced() && !figure.sources().isEmpty()) {
            problems.add(Problem.at(path + ".unsourced", "The figure is marked unsourced but cites a source.",
                    "either sources or unsourced: true, not both"));
        } else if (figure.sources().isEmpty() && !figure.unsourced()) {
            problems.add(Problem.at(path + ".sources", "The figure has no source; every figure must say where it comes from.",
                    "at least one source id, or unsourced: true while the source is not yet found"));
        }
    }

    /** Negative or absurdly large amounts; used for figures and for schedule legs. */
    static void checkAmount(Money amount, String path, List<Problem> problems) {
        if (!ISO_CODES.contains(amount.currency())) {
            // Files are checked when read; this catches amounts made elsewhere (the editor, tools).
            problems.add(Problem.at(path, "\"" + amount.currency() + "\" is not an ISO 4217 currency code.",
                    "a 3-letter ISO 4217 currency code in capitals, such as \"USD\" or \"EUR\""));
        }
        if (amount.isNegative()) {
            problems.add(Problem.at(path, "The amount " + describe(amount) + " is negative.", "an amount of 0 or more"));
        } else if (amount.minorUnits() > ABSURD_LIMIT_MINOR) {
            problems.add(Problem.at(path, "The amount " + describe(amount)
                            + " is larger than any real contract (more than 10^15).",
                    "at most " + Money.ABSURD_LIMIT_MAJOR.toPlainString()));
        }
    }

    private static void checkRangeEnd(Figure figure, Money end, String path, List<Problem> problems) {
        if (end == null) {
            return;
        }
        checkAmount(end, path, problems);
        if (figure.amount() != null && !sameCurrency(figure.amount(), end)) {
            problems.add(Problem.at(path, "The range end is in " + end.currency() + " but the amount is in "
                    + figure.amount().currency() + ".", "the same currency as the amount (" + figure.amount().currency() + ")"));
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

    private static String rangeText(Figure figure) {
        String low = figure.low() == null ? "…" : describe(figure.low());
        String high = figure.high() == null ? "…" : describe(figure.high());
        return low + " to " + high;
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }

    static String describe(Money money) {
        return money.toMajor().toPlainString() + " " + money.currency();
    }
}
