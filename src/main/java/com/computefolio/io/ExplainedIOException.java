package com.computefolio.io;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemText;
import java.io.IOException;

/** A file that could not be read or written, saying which (and where in it) for any reader; the cause says why. */
public class ExplainedIOException extends IOException implements ExplainedFailure {
    private final transient ProblemText explanation;

    public ExplainedIOException(String message, ProblemText explanation, Throwable cause) {
        super(message, cause);
        this.explanation = explanation;
    }

    @Override
    public ProblemText explanation() {
        return explanation;
    }
}
