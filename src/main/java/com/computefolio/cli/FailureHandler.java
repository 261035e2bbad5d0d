package com.computefolio.cli;

import com.computefolio.app.Failures;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into a message on stderr and a documented exit code, never a stack trace:
 * refused input prints every problem and exits 1; a file or database failure exits 3; anything
 * else is a defect, reported in one line with exit code 4.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    private final CliMessages messages;

    FailureHandler(CliMessages messages) {
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code;
        if (failure instanceof ValidationException invalid) {
            ProblemPrinter.print(invalid.problems(), err, messages);
            err.println(messages.get("error.invalidInput", invalid.problems().size()));
            code = ExitCodes.INVALID_INPUT;
        } else if (failure instanceof ConcurrentEditException conflict) {
            err.println(messages.get("error.conflict", conflict.getMessage()));
            code = ExitCodes.INVALID_INPUT;
        } else if (Failures.isStorageFailure(failure)) {
            err.println(messages.get("error.storage", describe(failure)));
            code = ExitCodes.STORAGE;
        } else {
            err.println(messages.get("error.internal", failure.getClass().getSimpleName(), describe(failure)));
            code = ExitCodes.INTERNAL;
        }
        err.flush();
        return code;
    }

    /** The message of the failure, followed by its causes' where they add something. */
    private static String describe(Throwable failure) {
        StringBuilder sb = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String m = cause.getMessage();
            if (m != null && !sb.toString().contains(m)) {
                sb.append(": ").append(m);
            }
        }
        return sb.toString();
    }
}
