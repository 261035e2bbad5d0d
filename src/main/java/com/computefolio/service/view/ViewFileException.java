package com.computefolio.service.view;

/** A views file that cannot be read or written; the message names the file, the entry and the field. */
public final class ViewFileException extends RuntimeException {

    public ViewFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
