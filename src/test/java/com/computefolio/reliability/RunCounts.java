package com.computefolio.reliability;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * How long the long-running reliability tests run, and where they write what they counted. The
 * default counts fit CI; {@code -Dcf.full=true} (passed through surefire from the pom property)
 * runs the full counts quoted in docs/reliability.md. Counts go to {@code reliability-counts.txt}
 * in the build directory (next to test-classes), one line per run of a test.
 */
final class RunCounts {

    private RunCounts() {
    }

    static boolean full() {
        return Boolean.parseBoolean(System.getProperty("cf.full", "false"));
    }

    /** The CI count, or the full count with cf.full=true. */
    static int choose(int ci, int full) {
        return full() ? full : ci;
    }

    /** Appends "time test key=value ..." to the counts file and echoes it to the test log. */
    static void record(String test, String counts) {
        String line = Instant.now() + " " + test + (full() ? " [full] " : " [ci] ") + counts;
        System.out.println(line);
        try {
            Files.writeString(countsFile(), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | URISyntaxException e) {
            System.out.println("(could not record counts: " + e.getMessage() + ")");
        }
    }

    private static Path countsFile() throws URISyntaxException {
        Path testClasses = Path.of(RunCounts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.resolveSibling("reliability-counts.txt");
    }
}
