package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a light command loads, seen in a fresh JVM through the jar's real entry point with {@code -verbose:class}:
 * {@code --version} and {@code summary} load no chart, PDF or spreadsheet classes, and build the model of no
 * other subcommand (issue 18: those costs belong to the commands that draw or write such files).
 */
class LightCommandsTest {
    /** Chart drawing, PDF, spreadsheets and the export services made of them. */
    private static final List<String> HEAVY = List.of(" org.jfree.", " org.apache.pdfbox.", " de.rototor.pdfbox.",
            " org.apache.poi.", " com.computefolio.service.render.", " com.computefolio.service.export.");

    @TempDir
    Path home;

    @Test
    void versionLoadsNoCommandAndNothingThatDraws() throws IOException, InterruptedException {
        Run run = launch("--version");

        assertThat(run.exit).as(run.output).isEqualTo(ExitCodes.OK);
        assertThat(run.output).contains("computefolio");
        assertThat(loaded(run.output, HEAVY)).isEmpty();
        // The options a command's model is built from: picocli loads them only when it registers the command.
        assertThat(loaded(run.output, List.of(" com.computefolio.cli.FilterOptions ", " com.computefolio.cli.ChartCommand$FileFormat ")))
                .isEmpty();
    }

    @Test
    void summaryLoadsNothingThatDraws() throws IOException, InterruptedException {
        String db = home.resolve("light.db").toString();
        assertThat(launch("--db", db, "init").exit).isEqualTo(ExitCodes.OK);

        Run run = launch("--db", db, "summary");

        assertThat(run.exit).as(run.output).isEqualTo(ExitCodes.OK);
        assertThat(run.output).contains("com.computefolio.cli.SummaryCommand").contains("Total");
        assertThat(loaded(run.output, HEAVY)).isEmpty();
        assertThat(loaded(run.output, List.of(" com.computefolio.cli.ChartCommand$FileFormat ",
                " com.computefolio.cli.OverlayOptions "))).isEmpty();
    }

    @Test
    void sqliteLibraryIsUnpackedOnceIntoTheUsersCacheAndUsedFromThere() throws IOException, InterruptedException {
        String db = home.resolve("cached.db").toString();
        assertThat(launch("--db", db, "init").exit).isEqualTo(ExitCodes.OK);
        Path cache = home.resolve(".cache/computefolio");
        List<Path> unpacked;
        try (var files = Files.walk(cache)) {
            unpacked = files.filter(f -> f.getFileName().toString().endsWith(System.mapLibraryName("sqlitejdbc"))).toList();
        }
        assertThat(unpacked).hasSize(1);
        FileTime written = Files.getLastModifiedTime(unpacked.get(0));

        Run run = launch("--db", db, "summary");

        assertThat(run.exit).as(run.output).isEqualTo(ExitCodes.OK);
        assertThat(Files.getLastModifiedTime(unpacked.get(0))).as("the same copy, not written again").isEqualTo(written);
        try (var files = Files.list(unpacked.get(0).getParent())) {
            assertThat(files.toList()).as("no leftovers beside it").containsExactly(unpacked.get(0));
        }
    }

    @Test
    void aReportLogsWithoutStartingLog4j() throws IOException, InterruptedException {
        String db = home.resolve("report.db").toString();
        assertThat(launch("--db", db, "init").exit).isEqualTo(ExitCodes.OK);

        Run run = launch("--db", db, "report", "-o", home.resolve("report.pdf").toString());

        assertThat(run.exit).as(run.output).isEqualTo(ExitCodes.OK);
        assertThat(run.output).contains("org.apache.pdfbox.pdmodel.PDDocument ").contains("org.apache.commons.logging.impl.SimpleLog ");
        // PDFBox's logger without Log4j's API, which POI brings along (ADR 53).
        assertThat(loaded(run.output, List.of(" org.apache.logging."))).isEmpty();
    }

    private static List<String> loaded(String output, List<String> prefixes) {
        List<String> found = new ArrayList<>();
        output.lines().filter(line -> prefixes.stream().anyMatch(line::contains)).forEach(found::add);
        return found;
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-verbose:class",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "com.computefolio.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("COMPUTEFOLIO_DB");
        builder.environment().remove("XDG_CACHE_HOME");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {
    }
}
