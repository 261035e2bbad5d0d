package com.computefolio.cli;

import com.computefolio.service.text.FailureTexts;
import com.computefolio.app.AppPaths;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;

/**
 * Runs one command line in this process: builds the picocli command tree with our converters and
 * handlers, executes it, closes the database, and returns the exit code. Tests use it with string
 * writers and a temporary database; {@code Launcher} uses it with the console.
 */
public final class Cli {
    private final AppPaths paths;
    /** The messages when the arguments choose no language ({@code --lang}). */
    private final CliMessages messages;
    private final TerminalWriter out;
    private final TerminalWriter err;
    private final ProgressDisplay progress;

    public Cli(AppPaths paths, CliMessages messages, PrintWriter out, PrintWriter err) {
        this(paths, messages, out, err, ProgressDisplay.none());
    }

    /** @param progress where long commands draw their progress bars ({@link ProgressDisplay#ofThisProcess}) */
    public Cli(AppPaths paths, CliMessages messages, PrintWriter out, PrintWriter err, ProgressDisplay progress) {
        this.paths = paths;
        this.messages = messages;
        this.progress = progress;
        // Everything printed passes through TerminalText, whatever names and files hold.
        this.out = new TerminalWriter(out);
        this.err = new TerminalWriter(err);
    }

    public int run(String... args) {
        // --lang first: the usage help is formatted from the bundle picocli is given below.
        CliMessages messages = CliLanguage.chosen(args).map(CliMessages::forLocale).orElse(this.messages);
        ComputefolioCommand root = new ComputefolioCommand(paths, messages, progress);
        PrintWriter out = new TerminalPrintWriter(this.out, messages.rightToLeft());
        PrintWriter err = new TerminalPrintWriter(this.err, messages.rightToLeft());
        CommandLine commandLine = new CommandLine(root);
        // Only the subcommands these arguments need (building the model of all of them cost every run), and before
        // the settings below, which reach the subcommands registered at the time.
        Subcommands.register(commandLine, args);
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureHandler(messages))
                .setParameterExceptionHandler(new UsageErrorHandler(messages))
                // The usage help in the same language as the messages: the bundle from Texts, not picocli's own lookup.
                .setResourceBundle(messages.bundle());
        // Registered after the subcommands exist, so that every one of them reads dates strictly.
        commandLine.registerConverter(LocalDate.class, new StrictDateConverter(messages));
        int code = commandLine.execute(args);
        progress.finish();
        code = closeDatabase(root, code, messages, err);
        out.flush();
        err.flush();
        return code;
    }

    /** Closing can fail too (e.g. the disk filled up during the final checkpoint): a storage error. */
    private int closeDatabase(ComputefolioCommand root, int code, CliMessages messages, PrintWriter err) {
        try {
            root.close();
            return code;
        } catch (RuntimeException e) {
            err.println(messages.get("error.storage", new FailureTexts(messages.texts()).say(e)));
            err.flush();
            return code == ExitCodes.OK ? ExitCodes.STORAGE : code;
        }
    }
}
