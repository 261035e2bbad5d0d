package com.computefolio.cli;

import com.computefolio.service.ProgressListener;
import com.computefolio.service.export.ReportProgress;
import java.io.PrintStream;

/**
 * Where a command's progress goes: a bar on the terminal, or nowhere when the output is piped or
 * redirected (a script or a log file gets the command's own lines and nothing else). One per run.
 */
public final class ProgressDisplay {

    private static final ProgressDisplay NONE = new ProgressDisplay(null);

    private final TerminalProgress terminal;

    private ProgressDisplay(TerminalProgress terminal) {
        this.terminal = terminal;
    }

    /** No progress shown: tests, and any output that is not a terminal. */
    public static ProgressDisplay none() {
        return NONE;
    }

    /**
     * Bars on standard error when this process runs on a terminal: {@code System.console()} is null
     * as soon as standard input or output is not one (piped, redirected, run by a script).
     */
    public static ProgressDisplay ofThisProcess(CliMessages messages) {
        return onTerminal(System.console() != null, System.err, 0, messages);
    }

    /** @param width characters of the bar's line, or 0 to ask the terminal */
    static ProgressDisplay onTerminal(boolean isTerminal, PrintStream stream, int width, CliMessages messages) {
        return isTerminal ? new ProgressDisplay(new TerminalProgress(stream, width, messages)) : NONE;
    }

    ProgressListener listener() {
        return terminal == null ? ProgressListener.NONE : terminal;
    }

    ReportProgress reportProgress(String task) {
        return terminal == null ? ReportProgress.NONE : terminal.asReportProgress(task);
    }

    /** Ends any bar still open (a command that failed half way). */
    void finish() {
        if (terminal != null) {
            terminal.close();
        }
    }
}
