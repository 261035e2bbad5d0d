package com.computefolio.cli;

import com.computefolio.app.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the command line in-process, as a user would type it, and captures what it printed. The
 * machine it describes has no COMPUTEFOLIO_DB and a home folder under the test's temp folder, so
 * a command without --db can never touch the real user's database.
 */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private final AppPaths paths;

    CliRunner(Path fakeHome) {
        this(fakeHome, Map.of());
    }

    /** As {@link #CliRunner(Path)} on a machine with these environment variables (PGPASSWORD, PGUSER). */
    CliRunner(Path fakeHome, Map<String, String> env) {
        this.paths = new AppPaths(env, Map.of("os.name", "Linux", "user.home", fakeHome.toString()));
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(args);
        return new Result(code, out.toString(), err.toString());
    }
}
