package com.computefolio;

import com.computefolio.service.text.FailureTexts;
import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import com.computefolio.cli.ExitCodes;
import com.computefolio.cli.ProgressDisplay;
import com.computefolio.service.text.Texts;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The jar's entry point. No arguments (or only {@code --db FILE}) opens the window; anything else
 * runs the command line. The window class is loaded by name, only on that path, so a command run
 * on a headless server never loads a single JavaFX class (the JabRef #3754 failure).
 */
public final class Launcher {
    static final String DESKTOP_APP = "com.computefolio.ui.DesktopApp";
    /** The language option the window reads (DesktopApp) as every command does. */
    static final String LANG_OPTION = "--lang";

    private Launcher() {
    }

    public static void main(String[] args) {
        CliMessages messages = new CliMessages(Texts.choose(Optional.empty()));
        if (opensWindow(args)) {
            int failure = launchDesktop(args, messages);
            if (failure != ExitCodes.OK) {
                System.exit(failure);
            }
            return;
        }
        Charset console = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        int code = new Cli(AppPaths.ofThisMachine(), messages, out, err, ProgressDisplay.ofThisProcess(messages)).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Whether these arguments ask for the window rather than a command: nothing but {@code --db FILE} and {@code --lang ar|en}. */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            boolean option = args[i].equals(AppPaths.DB_OPTION) || args[i].equals(LANG_OPTION);
            if (option && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith(AppPaths.DB_OPTION + "=") && !args[i].startsWith(LANG_OPTION + "=")) {
                return false;
            }
        }
        return true;
    }

    /** Starts the window with the arguments as given (DesktopApp reads --db itself); returns an exit code on failure. */
    private static int launchDesktop(String[] args, CliMessages messages) {
        try {
            Class<?> app = Class.forName(DESKTOP_APP);
            app.getMethod("launch", String[].class).invoke(null, (Object) args);
            return ExitCodes.OK;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            System.err.println(messages.get("launcher.noWindow"));
            return ExitCodes.INTERNAL;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println(messages.get("launcher.windowFailed", new FailureTexts(messages.texts()).say(cause)));
            return ExitCodes.INTERNAL;
        } catch (LinkageError e) {
            // JavaFX natives missing or no display: say so in one line instead of a stack trace.
            System.err.println(messages.get("launcher.windowFailed", new FailureTexts(messages.texts()).say(e)));
            return ExitCodes.INTERNAL;
        }
    }
}
