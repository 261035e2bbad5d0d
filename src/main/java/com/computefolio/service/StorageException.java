package com.computefolio.service;

/** The database or a file could not be read or written (CLI exit code 3). */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
