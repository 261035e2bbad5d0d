package com.computefolio.store;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;

/**
 * The database refused a write because the login may only read (a team register's
 * {@code computefolio_reader}, docs/team.md); nothing was written.
 */
public class ReadOnlyAccessException extends StoreException {
    private final String user;

    public ReadOnlyAccessException(String what, String database, String user, Throwable cause) {
        super("You are connected as " + user + ", who may only read this team register (" + database
                + "), so it could not " + what + ". Nothing was written; ask the register's owner to grant "
                + "computefolio_editor to " + user + ".", ProblemText.say(ProblemKey.READ_ONLY_LOGIN, user, database), null);
        // The driver's text (a batch's SQL, "getNextException") says nothing more to the person: kept for a
        // stack trace, not as a cause that messages would append.
        addSuppressed(cause);
        this.user = user;
    }

    /** The database user who may only read. */
    public String user() {
        return user;
    }
}
