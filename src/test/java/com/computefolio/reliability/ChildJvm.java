package com.computefolio.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of the tests, with the same Java and class path as this one;
 * its standard output is read line by line as it comes, its errors go to a file for the report.
 */
final class ChildJvm {

    private static final String END = "\u0000end";

    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(this::readOutput, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> mainClass, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived worker: start fast rather than reach peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .start();
        process.getOutputStream().close();
        return new ChildJvm(process, errors);
    }

    /** Waits for the next line of output; null if the child ended or nothing came within the timeout. */
    String nextLine(long timeoutSeconds) throws InterruptedException {
        String line = incoming.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
            return null;
        }
        lines.add(line);
        return line;
    }

    /** Waits for the child to end and returns its exit code. */
    int exitCode() throws InterruptedException {
        return process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux and macOS: the child gets no chance to finish, flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Every line the child printed, once it has ended (waits for the reader to drain the pipe). */
    List<String> allLines() throws InterruptedException {
        while (true) {
            String line = incoming.poll(30, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                return List.copyOf(lines);
            }
            lines.add(line);
        }
    }

    String errors() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(cannot read " + errors + ": " + e.getMessage() + ")";
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                incoming.add(line);
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed mid-line; what was read so far is what counts.
        } finally {
            incoming.add(END);
        }
    }
}
