package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.computefolio.app.AppPaths;
import com.computefolio.service.ProgressListener;
import com.computefolio.service.ProgressStep;
import com.computefolio.service.export.ReportProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressDisplayTest {

    private static final CliMessages MESSAGES = CliMessages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(screen, true, StandardCharsets.UTF_8);

    @Test
    void outputThatIsNotATerminalGetsNoBar() {
        ProgressDisplay display = ProgressDisplay.onTerminal(false, stream, 100, MESSAGES);

        display.listener().progressed(ProgressStep.GENERATE_DEALS, 5, 10);
        display.reportProgress("Report").update(0.5, "charts");
        display.finish();

        assertThat(display.listener()).isSameAs(ProgressListener.NONE);
        assertThat(display.reportProgress("Report")).isSameAs(ReportProgress.NONE);
        assertThat(screen.size()).isZero();
    }

    @Test
    void aPipedRunOfGenerateWritesOnlyItsOwnLine() {
        // Under the test runner standard input and output are pipes, as in `computefolio generate ... | tee log`.
        assumeThat(System.console()).isNull();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", dir.toString()));

        int code = new Cli(paths, MESSAGES, new PrintWriter(out, true), new PrintWriter(err, true),
                ProgressDisplay.ofThisProcess(MESSAGES)).run("generate", "--deals", "600", "--out", dir.resolve("g.json").toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().strip().lines()).hasSize(1);
        assertThat(out.toString()).doesNotContain("%", "Making deals");
        assertThat(ProgressDisplay.ofThisProcess(MESSAGES).listener()).isSameAs(ProgressListener.NONE);
    }

    @Test
    void aTerminalShowsEachStepAsABarWithCounts() {
        ProgressDisplay display = ProgressDisplay.onTerminal(true, stream, 120, MESSAGES);

        display.listener().progressed(ProgressStep.GENERATE_DEALS, 0, 1_000);
        display.listener().progressed(ProgressStep.GENERATE_DEALS, 400, 1_000);
        display.listener().progressed(ProgressStep.GENERATE_DEALS, 1_000, 1_000);
        display.listener().progressed(ProgressStep.WRITE_FILE, 0, 1_000);
        display.listener().progressed(ProgressStep.WRITE_FILE, 1_000, 1_000);

        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Making deals", "1000/1000", "Writing the file", "100%");
    }

    @Test
    void aReportsFractionsAndMessagesShowOnOneBar() {
        ProgressDisplay display = ProgressDisplay.onTerminal(true, stream, 120, MESSAGES);

        ReportProgress report = display.reportProgress("Report");
        report.update(0.25, "Charts 1 of 4");
        report.update(1.0, "Done");

        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Report", "1000/1000", "Done");
    }
}
