package com.computefolio.service;

/**
 * A save was refused because someone else saved the same deal since it was loaded. The caller
 * offers the user to reload or to overwrite; nothing is lost silently.
 */
public class ConcurrentEditException extends Exception {
    private final String dealId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrentEditException(String dealId, long expectedVersion, long actualVersion) {
        super("deal " + dealId + " was changed elsewhere (version " + actualVersion + ", yours " + expectedVersion + ")");
        this.dealId = dealId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String dealId() {
        return dealId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
