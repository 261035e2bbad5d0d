package com.computefolio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: prints what was wrong (picocli names the option and value), suggests close
 * matches for a misspelt option or command, points at --help, and exits 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private final CliMessages messages;

    UsageErrorHandler(CliMessages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(messages.get("error.usage", ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println(messages.get("error.seeHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }
}
