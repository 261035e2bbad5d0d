package com.computefolio.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of money: ISO currency code and a count of minor units (cents for USD).
 * Arithmetic across currencies is refused rather than silently converted.
 */
public record Money(String currency, long minorUnits) implements Comparable<Money> {

    /** Amounts beyond this are treated as input errors: larger than any real contract (10^15 USD). */
    public static final BigDecimal ABSURD_LIMIT_MAJOR = new BigDecimal("1000000000000000");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!isIsoCode(currency)) {
            throw new IllegalArgumentException("currency must be a 3-letter ISO code: " + currency);
        }
    }

    /** Three letters A-Z; checked by hand because a regex here was 12% of loading a large register. */
    private static boolean isIsoCode(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    public static Money usd(long minorUnits) {
        return new Money("USD", minorUnits);
    }

    public static Money zero(String currency) {
        return new Money(currency, 0);
    }

    /** Parses a decimal amount in major units ("38000000000", "1.5"); more than 2 decimals is an error. */
    public static Money of(String currency, BigDecimal major) {
        BigDecimal minor = major.movePointRight(2);
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("more than 2 decimal places: " + major.toPlainString());
        }
        return new Money(currency, minor.longValueExact());
    }

    /** Convenience for whole billions, which is how the press states most deal values. */
    public static Money billionsUsd(String billions) {
        return of("USD", new BigDecimal(billions).movePointRight(9));
    }

    public BigDecimal toMajor() {
        return BigDecimal.valueOf(minorUnits, 2);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, Math.addExact(minorUnits, other.minorUnits));
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, Math.subtractExact(minorUnits, other.minorUnits));
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency + " " + toMajor().toPlainString();
    }
}
