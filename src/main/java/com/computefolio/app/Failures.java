package com.computefolio.app;

import com.computefolio.service.StorageException;
import com.computefolio.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * Tells failures of files and the database apart from defects, for front ends that must not
 * know the store's own exception types (the command line maps the first kind to exit code 3).
 */
public final class Failures {

    private Failures() {
    }

    /** Whether anything in the cause chain says a file or the database could not be read or written. */
    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageException || t instanceof StoreException || t instanceof IOException
                    || t instanceof UncheckedIOException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database server refused a login for want of a password: none was given (08004,
     * "no password was provided") or the one given was wrong (28P01); the window then asks for one.
     */
    public static boolean needsPassword(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("28P01".equals(sql.getSQLState())
                    || ("08004".equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).contains("password")))) {
                return true;
            }
        }
        return false;
    }
}
