package com.computefolio.app;

/**
 * A {@code --db} value (or COMPUTEFOLIO_DB) that names a database by an address this program cannot
 * use: another scheme than postgresql://, or a malformed PostgreSQL address. Such a value never
 * reaches the file code (which would make a folder named "postgresql:"); the message says what is
 * wrong and never repeats a password.
 */
public final class DatabaseAddressException extends RuntimeException {
    public DatabaseAddressException(String message, Throwable cause) {
        super(message, cause);
    }
}
