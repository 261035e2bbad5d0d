package com.computefolio.service;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemText;

/** The database or a file could not be read or written (CLI exit code 3). */
public class StorageException extends RuntimeException implements ExplainedFailure {
    private final transient ProblemText explanation;

    public StorageException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public StorageException(String message) {
        super(message);
        this.explanation = null;
    }

    /**
     * @param message     the English, as logs and machine output read it
     * @param explanation what was being done, worded for any reader (the cause says why)
     */
    public StorageException(String message, ProblemText explanation, Throwable cause) {
        super(message, cause);
        this.explanation = explanation;
    }

    @Override
    public ProblemText explanation() {
        return explanation;
    }
}
