package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's real entry point, in a fresh JVM with no display: a command must work and must not
 * load a single JavaFX class (a CLI that starts JavaFX fails on servers, JabRef #3754).
 */
class HeadlessCommandLineTest {

    @TempDir
    Path home;

    @Test
    void aCommandRunsWithoutDisplayAndNeverLoadsJavaFx() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"),
                "com.computefolio.Launcher", "--db", home.resolve("headless.db").toString(), "summary", "--by", "kind"))
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("COMPUTEFOLIO_DB");

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);

        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.OK);
        assertThat(output).contains("Cloud services").contains("Total");
        assertThat(output.lines().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")).toList()).isEmpty();
        assertThat(output).contains("com.computefolio.cli.SummaryCommand");
    }
}
