package com.computefolio.cli;

import com.computefolio.app.Failures;
import com.computefolio.domain.TotalTooLargeException;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into a message on stderr and a documented exit code, never a stack trace:
 * refused input and a total beyond what can be added exactly print a message and exit 1; a file or database failure exits 3; anything
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
        TotalTooLargeException tooLarge = tooLarge(failure);
        if (failure instanceof ValidationException invalid) {
            ProblemPrinter.print(invalid.problems(), err);
            err.println(messages.get("error.invalidInput", invalid.problems().size()));
            code = ExitCodes.INVALID_INPUT;
        } else if (tooLarge != null) {
            // The register is valid but its sum is beyond a long: a refusal of the request, not a defect.
            err.println(messages.get(tooLarge.capacity() ? "error.totalTooLarge.capacity" : "error.totalTooLarge.money"));
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

    /** The refused sum somewhere in the cause chain (a background export wraps it), or null. */
    private static TotalTooLargeException tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TotalTooLargeException found) {
                return found;
            }
        }
        return null;
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
