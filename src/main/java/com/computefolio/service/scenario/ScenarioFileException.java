package com.computefolio.service.scenario;

/** A scenarios file that cannot be read or written; the message names the file, the entry and the field. */
public final class ScenarioFileException extends RuntimeException {

    public ScenarioFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
