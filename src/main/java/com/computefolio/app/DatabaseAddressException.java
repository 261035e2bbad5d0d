package com.computefolio.app;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;

/**
 * A {@code --db} value (or COMPUTEFOLIO_DB) that names a database by an address this program cannot
 * use: another scheme than postgresql://, or a malformed PostgreSQL address. Such a value never
 * reaches the file code (which would make a folder named "postgresql:"); the message says what is
 * wrong and never repeats a password.
 */
public final class DatabaseAddressException extends RuntimeException implements ExplainedFailure {
    public DatabaseAddressException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What failed for any reader; the address's own problem (the cause) says why. */
    @Override
    public ProblemText explanation() {
        return ProblemText.say(ProblemKey.CANNOT_USE_ADDRESS);
    }
}
