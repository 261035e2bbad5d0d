package com.computefolio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A wrong command line: prints what was wrong in the reader's language (naming the option and the value as typed),
 * suggests close matches for a misspelt option or command, points at --help, and exits 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private final CliMessages messages;
    private final UsageErrorTexts texts;

    UsageErrorHandler(CliMessages messages) {
        this.messages = messages;
        this.texts = new UsageErrorTexts(messages);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(messages.get("error.usage", texts.say(ex, args)));
        texts.suggestion(ex).ifPresent(err::println);
        err.println(messages.get("error.seeHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }
}
