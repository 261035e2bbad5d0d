package com.computefolio.store;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemText;

/** The database could not be opened, read or written; carries the file and what failed. */
public class StoreException extends RuntimeException implements ExplainedFailure {
    private final transient ProblemText explanation;

    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public StoreException(String message) {
        super(message);
        this.explanation = null;
    }

    /**
     * @param message     the English, as logs and machine output read it
     * @param explanation what was being done, worded for any reader (the cause says why)
     */
    public StoreException(String message, ProblemText explanation, Throwable cause) {
        super(message, cause);
        this.explanation = explanation;
    }

    @Override
    public ProblemText explanation() {
        return explanation;
    }
}
