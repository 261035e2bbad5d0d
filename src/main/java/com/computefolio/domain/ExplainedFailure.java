package com.computefolio.domain;

/**
 * A failure that says what was being done as a {@link ProblemText} ("Cannot open {0}"), besides its English
 * message, so a front end can word it in the reader's language and add why it failed in the same language
 * (issue 16, ADR 0045). The domain holds only the contract; the store and service exceptions carry it.
 */
public interface ExplainedFailure {

    /** What could not be done, with the file or database it names; null when the failure says only English. */
    ProblemText explanation();
}
