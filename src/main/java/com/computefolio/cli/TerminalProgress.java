package com.computefolio.cli;

import com.computefolio.service.ProgressListener;
import com.computefolio.service.ProgressStep;
import com.computefolio.service.export.ReportProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Draws the service's progress as one bar per step on a terminal (me.tongfei:progressbar: counts,
 * elapsed time and time left; ADR 41). Made only by {@link ProgressDisplay} when the output is a
 * terminal, so the library (and the JLine it asks for the terminal's width) is loaded only then.
 * Called on the working thread; the library redraws from its own thread.
 */
final class TerminalProgress implements ProgressListener {

    /** Bytes are shown in MB: an import file is tens or hundreds of them. */
    private static final long MB = 1L << 20;
    private static final int REDRAW_MS = 200;
    /** Report and export steps come as fractions: drawn as per mille so the bar moves smoothly. */
    private static final long FRACTION_STEPS = 1000;

    private final PrintStream stream;
    private final int width;
    private final CliMessages messages;
    private ProgressBar bar;
    private Object barStep;

    /** @param width characters of the line, or 0 to ask the terminal */
    TerminalProgress(PrintStream stream, int width, CliMessages messages) {
        this.stream = stream;
        this.width = width;
        this.messages = messages;
    }

    @Override
    public synchronized void progressed(ProgressStep step, long done, long total) {
        if (bar == null || barStep != step) {
            open(step, name(step), total, step == ProgressStep.READ_FILES);
        }
        bar.maxHint(total);
        bar.stepTo(done);
        if (done >= total) {
            close();
        }
    }

    /** The same bar for the export service's fractions; its message becomes the bar's extra text. */
    ReportProgress asReportProgress(String task) {
        return (fraction, message) -> {
            synchronized (this) {
                if (bar == null || barStep != task) {
                    open(task, task, FRACTION_STEPS, false);
                }
                bar.setExtraMessage(message == null ? "" : message);
                bar.stepTo(Math.round(Math.max(0, Math.min(1, fraction)) * FRACTION_STEPS));
                if (fraction >= 1) {
                    close();
                }
            }
        };
    }

    /** Ends a bar left open (work that failed half way), so the shell prompt starts on a line of its own. */
    synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
            barStep = null;
        }
    }

    private void open(Object step, String taskName, long total, boolean bytes) {
        close();
        ProgressBarConsumer consumer = width > 0 ? new ConsoleProgressBarConsumer(stream, width)
                : new ConsoleProgressBarConsumer(stream);
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(taskName).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(REDRAW_MS).setConsumer(consumer);
        if (bytes) {
            builder.setUnit(" MB", MB);
        }
        bar = builder.build();
        barStep = step;
    }

    private String name(ProgressStep step) {
        return switch (step) {
            case READ_FILES -> messages.get("progress.readFiles");
            case WRITE_DEALS -> messages.get("progress.writeDeals");
            case GENERATE_DEALS -> messages.get("progress.generateDeals");
            case WRITE_FILE -> messages.get("progress.writeFile");
        };
    }
}
