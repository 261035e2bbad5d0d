package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reader installed on the machine (xmllint, rsvg-convert, pdfinfo, pdftotext) on an output.
 * Skips the calling test where the tool is missing, so the suite still runs elsewhere.
 */
final class ExternalTool {

    private ExternalTool() {
    }

    /** Runs the tool and returns its standard output; fails the test on a non-zero exit. */
    static String run(String tool, String... args) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin", tool);
        assumeTrue(Files.isExecutable(executable), tool + " is not installed");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(tool + " " + String.join(" ", args) + " said: " + text).isZero();
        return text;
    }
}
