package com.computefolio.io;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Reads the decimal strings of the file formats: amounts in major units with at most 2 decimals and
 * capacities in gigawatts with at most 6. Plain notation only ("38000000000", "1.5"): exponents,
 * signs other than a minus on a non-zero number, thousands separators, currency signs and spaces
 * around the number are refused, because each of them has been misread somewhere. Range rules (negative, above 10^15) are the domain validator's; only values that cannot
 * be represented at all are refused here.
 */
public final class DecimalFields {

    public static final String AMOUNT_EXPECTED = "a decimal string in major units with at most 2 decimals, such as \"38000000000\" or \"12.50\"";
    public static final String CAPACITY_EXPECTED = "a decimal string of gigawatts with at most 6 decimals, such as \"1.5\"";
    public static final String CURRENCY_EXPECTED = "a 3-letter ISO 4217 currency code in capitals, such as \"USD\" or \"EUR\"";
    /** The expectations above as a problem says them (the strings stay for the schema's descriptions). */
    public static final ProblemText AMOUNT_EXPECTATION = say(EXPECT_AMOUNT);
    public static final ProblemText CAPACITY_EXPECTATION = say(EXPECT_CAPACITY);
    public static final ProblemText CURRENCY_EXPECTATION = say(EXPECT_CURRENCY_CODE);
    public static final String DEFAULT_CURRENCY = "USD";

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final int MONEY_DECIMALS = 2;
    private static final int CAPACITY_DECIMALS = 6;
    /** Longer digit strings cannot be an amount of money or capacity; refusing them early keeps parsing cheap. */
    private static final int MAX_DIGITS = 40;

    private DecimalFields() {
    }

    /**
     * The currency code, USD when absent, or null with a problem when it is not an ISO 4217 code
     * (the list {@link Currency} knows): "XYZ", "usd" and "US$" are refused, not guessed at.
     */
    public static String currency(String text, String path, List<Problem> problems) {
        if (text == null) {
            return DEFAULT_CURRENCY;
        }
        ProblemText reason = currencyProblem(text);
        if (reason != null) {
            problems.add(Problem.at(path, say(NOT_A_CURRENCY, abbreviate(text), reason), CURRENCY_EXPECTATION));
            return null;
        }
        return text;
    }

    /** Why the text is not an ISO code (": ..." or "."), or null when it is one. */
    private static ProblemText currencyProblem(String text) {
        if (!text.equals(text.strip())) {
            return say(REASON_SPACES);
        }
        if (ISO_CODES.contains(text)) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (ISO_CODES.contains(upper)) {
            return say(REASON_CAPITALS, upper);
        }
        return say(CURRENCY.matcher(text).matches() ? REASON_NOT_ISO : REASON_END);
    }

    /** The amount, or null (with a problem added) when it is not a plain decimal with at most 2 decimals. */
    public static Money money(String text, String currency, String path, List<Problem> problems) {
        BigDecimal value = decimal(text, path, AMOUNT_EXPECTATION, problems);
        if (value == null || currency == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > MONEY_DECIMALS) {
            problems.add(Problem.at(path, say(AMOUNT_TOO_PRECISE, text, MONEY_DECIMALS), say(EXPECT_WHOLE_CENTS, MONEY_DECIMALS)));
            return null;
        }
        try {
            return Money.of(currency, value);
        } catch (ArithmeticException tooLarge) {
            problems.add(Problem.at(path, say(AMOUNT_FAR_TOO_LARGE, text), say(EXPECT_AT_MOST, Money.ABSURD_LIMIT_MAJOR)));
            return null;
        }
    }

    /** The capacity, or null (with a problem added) when it is not a plain decimal with at most 6 decimals. */
    public static Capacity capacity(String text, String path, List<Problem> problems) {
        BigDecimal value = decimal(text, path, CAPACITY_EXPECTATION, problems);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > CAPACITY_DECIMALS) {
            problems.add(Problem.at(path, say(CAPACITY_TOO_PRECISE, text, CAPACITY_DECIMALS), CAPACITY_EXPECTATION));
            return null;
        }
        try {
            return Capacity.ofGigawatts(value);
        } catch (ArithmeticException tooLarge) {
            problems.add(Problem.at(path, say(CAPACITY_FAR_TOO_LARGE, text), CAPACITY_EXPECTATION));
            return null;
        }
    }

    /**
     * A plain decimal (for context series values), or null with a problem. Exactly the text: spaces
     * around it, a sign on zero ("-0"), a + sign, an exponent, a comma and currency signs are each
     * refused with the reason, because each of them has been misread somewhere.
     */
    public static BigDecimal decimal(String text, String path, ProblemText expected, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        ProblemText reason = text.length() > MAX_DIGITS ? say(REASON_END) : notationProblem(text);
        if (reason != null) {
            problems.add(Problem.at(path, say(NOT_A_DECIMAL, abbreviate(text), reason), expected));
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() == 0 && text.startsWith("-")) {
            problems.add(Problem.at(path, say(ZERO_WITH_SIGN, text), expected));
            return null;
        }
        return value;
    }

    /** Why the text is not plain notation (": ..." or "."), or null when it is. */
    private static ProblemText notationProblem(String text) {
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return null;
        }
        String stripped = text.strip();
        if (!stripped.equals(text) && PLAIN_DECIMAL.matcher(stripped).matches()) {
            return say(REASON_SPACES);
        }
        if (stripped.startsWith("+")) {
            return say(REASON_PLUS);
        }
        if (stripped.matches("[-+]?\\d+(\\.\\d*)?[eE][-+]?\\d+")) {
            return say(REASON_EXPONENT);
        }
        if (stripped.indexOf(',') >= 0) {
            return say(REASON_COMMA);
        }
        if (stripped.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
            return say(REASON_CURRENCY_SIGN);
        }
        return say(REASON_END);

    }

    /** The text written for an amount: plain notation, no trailing zeros ("38000000000", "12.5"). */
    public static String format(Money money) {
        return plain(money.toMajor());
    }

    public static String format(Capacity capacity) {
        return plain(capacity.gigawatts());
    }

    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
