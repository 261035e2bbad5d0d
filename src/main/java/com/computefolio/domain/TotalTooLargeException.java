package com.computefolio.domain;

/**
 * A sum of money (minor units) or capacity (kilowatts) that a {@code long} cannot hold: more than
 * $92,233T or 9,223,372,036,854 GW. Refused rather than wrapped round to a wrong (often negative)
 * total; front ends show it as a clear message, never as a total. Extends
 * {@link ArithmeticException} so that code which already refuses an inexact result keeps doing so.
 */
public final class TotalTooLargeException extends ArithmeticException {

    private final boolean capacity;

    public TotalTooLargeException(boolean capacity) {
        super(capacity
                ? "The total capacity of these deals is beyond what Computefolio can add exactly (9,223,372,036,854 GW)."
                : "The total of these deals is beyond what Computefolio can add exactly ($92,233T).");
        this.capacity = capacity;
    }

    /** Whether the sum was of capacity (kilowatts) rather than money (minor units). */
    public boolean capacity() {
        return capacity;
    }
}
