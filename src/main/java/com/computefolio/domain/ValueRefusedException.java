package com.computefolio.domain;

/**
 * A value a constructor refuses (a name of the wrong form, a probability or stress out of range): the English message
 * as before, and what is wrong as a {@link ProblemText} so a front end can say it in the reader's language (ADR 45).
 */
public final class ValueRefusedException extends IllegalArgumentException implements ExplainedFailure {
    private static final long serialVersionUID = 1L;
    private final transient ProblemText explanation;

    public ValueRefusedException(ProblemText explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /** What is wrong with a refused value: its words when it has them, else its message as the library's details. */
    public static ProblemText reason(IllegalArgumentException refused) {
        return refused instanceof ExplainedFailure explained && explained.explanation() != null ? explained.explanation()
                : ProblemText.say(ProblemKey.LIBRARY_DETAILS, refused.getMessage());
    }

    @Override
    public ProblemText explanation() {
        return explanation;
    }
}
