package com.computefolio.ui.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Where a benchmark run of the window writes its figures: one {@code key=value} line each, appended
 * to the file named by {@code -Dcomputefolio.benchmark.out} (the window has no console to print
 * to; src/bench/run-benchmarks.sh reads the file).
 */
final class BenchmarkReport {

    static final String OUT_PROPERTY = "computefolio.benchmark.out";

    private final Path file;

    BenchmarkReport(Path file) {
        this.file = file;
    }

    static BenchmarkReport fromSystemProperty() {
        String out = System.getProperty(OUT_PROPERTY);
        if (out == null || out.isBlank()) {
            throw new IllegalStateException("a benchmark run needs -D" + OUT_PROPERTY + "=FILE for its figures");
        }
        return new BenchmarkReport(Path.of(out));
    }

    void put(String key, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value);
        try {
            Files.writeString(file, key + "=" + text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark figures to " + file, e);
        }
    }
}
