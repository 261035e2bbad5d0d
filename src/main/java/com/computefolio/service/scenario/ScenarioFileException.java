package com.computefolio.service.scenario;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemText;

/** A scenarios file that cannot be read or written; the message names the file, the entry and the field. */
public final class ScenarioFileException extends RuntimeException implements ExplainedFailure {
    private final transient ProblemText explanation;

    public ScenarioFileException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** With what could not be done worded for any reader (the cause says why). */
    public ScenarioFileException(String message, ProblemText explanation, Throwable cause) {
        super(message, cause);
        this.explanation = explanation;
    }

    @Override
    public ProblemText explanation() {
        return explanation;
    }
}
