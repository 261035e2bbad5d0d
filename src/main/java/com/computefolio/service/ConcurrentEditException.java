package com.computefolio.service;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;

/**
 * A save was refused because someone else saved the same deal since it was loaded. The caller
 * offers the user to reload or to overwrite; nothing is lost silently.
 */
public class ConcurrentEditException extends Exception implements ExplainedFailure {
    private final String dealId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrentEditException(String dealId, long expectedVersion, long actualVersion) {
        super("deal " + dealId + " was changed elsewhere (version " + actualVersion + ", yours " + expectedVersion + ")");
        this.dealId = dealId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The same sentence for any reader: the deal's id and both versions as values. */
    @Override
    public ProblemText explanation() {
        return ProblemText.say(ProblemKey.DEAL_CHANGED_ELSEWHERE, dealId, actualVersion, expectedVersion);
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
