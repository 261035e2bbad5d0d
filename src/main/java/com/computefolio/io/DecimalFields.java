package com.computefolio.io;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;
import com.computefolio.domain.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the decimal strings of the file formats: amounts in major units with at most 2 decimals and
 * capacities in gigawatts with at most 6. Plain notation only ("38000000000", "1.5"): exponents,
 * thousands separators and currency signs are refused, because each of them has been misread
 * somewhere. Range rules (negative, above 10^15) are the domain validator's; only values that cannot
 * be represented at all are refused here.
 */
public final class DecimalFields {

    public static final String AMOUNT_EXPECTED = "a decimal string in major units with at most 2 decimals, such as \"38000000000\" or \"12.50\"";
    public static final String CAPACITY_EXPECTED = "a decimal string of gigawatts with at most 6 decimals, such as \"1.5\"";
    public static final String CURRENCY_EXPECTED = "a 3-letter ISO currency code such as \"USD\"";
    public static final String DEFAULT_CURRENCY = "USD";

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MONEY_DECIMALS = 2;
    private static final int CAPACITY_DECIMALS = 6;
    /** Longer digit strings cannot be an amount of money or capacity; refusing them early keeps parsing cheap. */
    private static final int MAX_DIGITS = 40;

    private DecimalFields() {
    }

    /** The currency code, USD when absent, or null with a problem when it is not an ISO code. */
    public static String currency(String text, String path, List<Problem> problems) {
        if (text == null) {
            return DEFAULT_CURRENCY;
        }
        if (!CURRENCY.matcher(text).matches()) {
            problems.add(Problem.at(path, "\"" + text + "\" is not a currency code.", CURRENCY_EXPECTED));
            return null;
        }
        return text;
    }

    /** The amount, or null (with a problem added) when it is not a plain decimal with at most 2 decimals. */
    public static Money money(String text, String currency, String path, List<Problem> problems) {
        BigDecimal value = decimal(text, path, AMOUNT_EXPECTED, problems);
        if (value == null || currency == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > MONEY_DECIMALS) {
            problems.add(Problem.at(path, "The amount " + text + " has more than " + MONEY_DECIMALS + " decimal places.",
                    "at most " + MONEY_DECIMALS + " decimals (whole cents)"));
            return null;
        }
        try {
            return Money.of(currency, value);
        } catch (ArithmeticException tooLarge) {
            problems.add(Problem.at(path, "The amount " + text + " is far larger than any real contract (more than 10^15).",
                    "at most " + Money.ABSURD_LIMIT_MAJOR.toPlainString()));
            return null;
        }
    }

    /** The capacity, or null (with a problem added) when it is not a plain decimal with at most 6 decimals. */
    public static Capacity capacity(String text, String path, List<Problem> problems) {
        BigDecimal value = decimal(text, path, CAPACITY_EXPECTED, problems);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > CAPACITY_DECIMALS) {
            problems.add(Problem.at(path, "The capacity " + text + " GW has more than " + CAPACITY_DECIMALS
                    + " decimal places (finer than a kilowatt).", CAPACITY_EXPECTED));
            return null;
        }
        try {
            return Capacity.ofGigawatts(value);
        } catch (ArithmeticException tooLarge) {
            problems.add(Problem.at(path, "The capacity " + text + " GW is far larger than any real deal.", CAPACITY_EXPECTED));
            return null;
        }
    }

    /** A plain decimal (for context series values), or null with a problem. */
    public static BigDecimal decimal(String text, String path, String expected, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_DIGITS || !PLAIN_DECIMAL.matcher(trimmed).matches()) {
            problems.add(Problem.at(path, "\"" + abbreviate(text) + "\" is not a plain decimal number.", expected));
            return null;
        }
        return new BigDecimal(trimmed);
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
