package com.computefolio.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Benchmark 3: notes when the first frame that shows the data has been rendered, then quits. Used
 * by the window ({@code -Dcomputefolio.benchmark=startup}) and by the bare JavaFX window it is
 * compared with, so both are timed the same way: the epoch time of that frame, which the script
 * subtracts from the time it started the JVM, and for reference the JVM's own start time.
 */
public final class StartupProbe {

    private final Scene scene;
    private final BooleanSupplier showsData;
    private final BenchmarkReport report;
    private final FrameClock frames;
    private boolean done;

    StartupProbe(Scene scene, BooleanSupplier showsData, BenchmarkReport report) {
        this.scene = scene;
        this.showsData = showsData;
        this.report = report;
        this.frames = new FrameClock(scene);
    }

    /** Starts watching a scene about to be shown (or just shown); call on the FX thread. */
    public static void watch(Scene scene, BooleanSupplier showsData) {
        new StartupProbe(scene, showsData, BenchmarkReport.fromSystemProperty()).start();
    }

    private void start() {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (!done && scene.getWindow() != null && scene.getWindow().isShowing() && showsData.getAsBoolean()) {
                    done = true;
                    scene.removePostLayoutPulseListener(this);
                    frames.afterThisPulsesFrame((epochMillis, nanos) -> finish(epochMillis));
                }
            }
        });
        Platform.requestNextPulse();
    }

    private void finish(long epochMillis) {
        report.put("first_frame_epoch_ms", epochMillis);
        report.put("jvm_start_epoch_ms", ManagementFactory.getRuntimeMXBean().getStartTime());
        report.put("frame_tracked", frames.rendersTracked());
        Platform.exit();
    }
}
