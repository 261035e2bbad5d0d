package com.computefolio.reliability;

import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A child process of {@link RacingWritersTest}: runs the command line's {@code import} in this JVM
 * at a signal, so that several processes import at the same moment. It first runs {@code validate}
 * on the same file and database (loading every class the import needs), prints {@code READY},
 * waits for the go file to appear, imports, and prints {@code EXIT <code>} followed by the command's
 * output as {@code OUT <line>} and {@code ERR <line>}.
 * Arguments: database, file to import, go file, home folder for the command line, extra arguments of import.
 */
public final class RacingImporter {

    private RacingImporter() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path file = Path.of(args[1]);
        Path go = Path.of(args[2]);
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", args[3]));
        PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        run(paths, "--db", db.toString(), "validate", file.toString());
        console.println("READY");
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        String[] importArgs = new String[args.length]; // --db, db, import, the extra arguments, the file
        importArgs[0] = "--db";
        importArgs[1] = db.toString();
        importArgs[2] = "import";
        System.arraycopy(args, 4, importArgs, 3, args.length - 4);
        importArgs[importArgs.length - 1] = file.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(importArgs);
        console.println("EXIT " + code);
        out.toString().lines().forEach(l -> console.println("OUT " + l));
        err.toString().lines().forEach(l -> console.println("ERR " + l));
        console.flush();
    }

    private static void run(AppPaths paths, String... args) {
        new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).run(args);
    }
}
