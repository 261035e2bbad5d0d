package com.computefolio.cli;

import com.computefolio.app.DatabaseAddressException;
import com.computefolio.app.Failures;
import com.computefolio.domain.TotalTooLargeException;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.ValidationException;
import com.computefolio.service.scenario.ScenarioFileException;
import com.computefolio.service.output.RefusedOutputException;
import com.computefolio.service.text.FailureTexts;
import com.computefolio.service.view.ViewFileException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into a message on stderr and a documented exit code, never a stack trace:
 * refused input prints every problem and exits 1, and so does a total beyond what can be added
 * exactly; an output file that would land on the open register (its database, working files or
 * backups) is a usage error, exit 2, with nothing written; a file or database failure exits 3; anything
 * else is a defect, reported in one line with exit code 4.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    private final CliMessages messages;

    private final FailureTexts failures;

    FailureHandler(CliMessages messages) {
        this.messages = messages;
        this.failures = new FailureTexts(messages.texts());
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code;
        TotalTooLargeException tooLarge = tooLarge(failure);
        if (failure instanceof ValidationException invalid) {
            ProblemPrinter.print(invalid.problems(), err, messages);
            err.println(messages.get("error.invalidInput", invalid.problems().size()));
            code = ExitCodes.INVALID_INPUT;
        } else if (tooLarge != null) {
            // The register is valid but its sum is beyond a long: a refusal of the request, not a defect.
            err.println(messages.get(tooLarge.capacity() ? "error.totalTooLarge.capacity" : "error.totalTooLarge.money"));
            code = ExitCodes.INVALID_INPUT;
        } else if (failure instanceof ConcurrentEditException conflict) {
            err.println(messages.get("error.conflict", failures.say(conflict)));
            code = ExitCodes.CONFLICT;
        } else if (failure instanceof ScenarioFileException badScenarios) {
            // The user's own scenarios file: its message names the file, entry and field.
            err.println(messages.get("error.scenarioFile", failures.say(badScenarios)));
            code = ExitCodes.INVALID_INPUT;
        } else if (failure instanceof ViewFileException badViews) {
            err.println(messages.get("error.viewFile", failures.say(badViews)));
            code = ExitCodes.INVALID_INPUT;
        } else if (failure instanceof DatabaseAddressException badAddress) {
            err.println(messages.get("error.dbAddress", failures.say(badAddress)));
            code = ExitCodes.USAGE;
        } else if (failure instanceof RefusedOutputException refused) {
            err.println(refusal(refused));
            code = ExitCodes.USAGE;
        } else if (Failures.isStorageFailure(failure)) {
            err.println(messages.get("error.storage", failures.say(failure)));
            code = ExitCodes.STORAGE;
        } else {
            err.println(messages.get("error.internal", failure.getClass().getSimpleName(), failures.say(failure)));
            code = ExitCodes.INTERNAL;
        }
        err.flush();
        return code;
    }

    private String refusal(RefusedOutputException refused) {
        String what = messages.get(switch (refused.kind()) {
            case CHART -> "output.chart";
            case CHART_DATA -> "output.chartData";
            case DEALS_CSV -> "output.dealsCsv";
            case DEALS_XLSX -> "output.dealsXlsx";
            case PORTFOLIO_JSON -> "output.portfolioJson";
            case REPORT -> "output.report";
            case REPORT_PACK -> "output.reportPack";
            case BACKUP -> "output.backup";
            case DATABASE -> "output.database";
        });
        String db = refused.database().toString();
        String why = switch (refused.what()) {
            case REGISTER -> messages.get("protected.register", db);
            case WORKING_FILE -> messages.get("protected.workingFile", db);
            case BACKUP -> messages.get("protected.backup", db);
        };
        return messages.get("error.protectedOutput", what, refused.target().toString(), why);
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
}
