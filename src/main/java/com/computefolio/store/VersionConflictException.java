package com.computefolio.store;

/** A write expected one version of a deal and found another. */
public class VersionConflictException extends Exception {
    private final String dealId;
    private final long expected;
    private final long actual;

    public VersionConflictException(String dealId, long expected, long actual) {
        super("deal " + dealId + ": expected version " + expected + ", stored " + actual);
        this.dealId = dealId;
        this.expected = expected;
        this.actual = actual;
    }

    public String dealId() {
        return dealId;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
