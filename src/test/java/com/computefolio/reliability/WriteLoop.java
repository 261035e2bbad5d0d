package com.computefolio.reliability;

import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A child process of {@link InterruptedWritesTest}: runs one command line over and over (or once,
 * with {@code --once}) in this JVM until it is killed, printing {@code RUN <n>} before each run and
 * {@code EXIT <code>} after it. Arguments: home folder, then {@code --once} or {@code --loop}, then
 * the command line.
 */
public final class WriteLoop {

    private WriteLoop() {
    }

    public static void main(String[] args) {
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", args[0]));
        boolean once = args[1].equals("--once");
        String[] command = Arrays.copyOfRange(args, 2, args.length);
        PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (int n = 0; ; n++) {
            console.println("RUN " + n);
            StringWriter err = new StringWriter();
            int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true)).run(command);
            console.println("EXIT " + code + (code == 0 ? "" : " " + err.toString().strip().replace('\n', ' ')));
            if (once) {
                return;
            }
        }
    }
}
