package com.computefolio.store;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemText;

/** A database address this program cannot use; the English as before, and what is wrong as a key for any reader. */
public final class AddressException extends IllegalArgumentException implements ExplainedFailure {
    private final transient ProblemText explanation;

    AddressException(ProblemText explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public ProblemText explanation() {
        return explanation;
    }
}
