package com.computefolio.ui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells when the next frame of a scene has been rendered, for the benchmarks. JavaFX has no public
 * hook for "frame on screen"; its own performance tracker (the one behind -Djavafx.pulseLogger and
 * the FPS overlay) is told by the renderer after each frame, so it is used here, in this one
 * benchmark-only class. Should that internal class ever be missing, the time after the next pulse
 * (layout done, frame handed to the renderer) is used instead.
 */
public final class FrameClock {

    private final Scene scene;
    private final AtomicReference<LongConsumer> waiting = new AtomicReference<>();
    private final boolean tracked;

    public FrameClock(Scene scene) {
        this.scene = scene;
        this.tracked = track(scene);
    }

    private boolean track(Scene scene) {
        try {
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** Whether times come from rendered frames (true) or from pulses (false). */
    public boolean rendersTracked() {
        return tracked;
    }

    /**
     * Calls {@code then} on the FX thread with the wall-clock time (epoch milliseconds) and the
     * {@link System#nanoTime()} at which the frame of the pulse now running has been rendered. Call
     * from a post-layout pulse listener of the scene, in a pulse that has something to draw (the
     * renderer only renders a changed scene). JavaFX renders each pulse's frame before the next
     * pulse starts, so the next frame reported is this pulse's.
     */
    public void afterThisPulsesFrame(FrameTime then) {
        if (tracked) {
            waiting.set(nanos -> {
                long epochMillis = System.currentTimeMillis();
                Platform.runLater(() -> then.at(epochMillis, nanos));
            });
        } else {
            Platform.runLater(() -> then.at(System.currentTimeMillis(), System.nanoTime()));
        }
    }

    /** As {@link #afterThisPulsesFrame}, for the next pulse; call on the FX thread after changing the scene. */
    public void afterNextFrame(FrameTime then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                afterThisPulsesFrame(then);
            }
        });
        Platform.requestNextPulse();
    }

    private void frameRendered() {
        LongConsumer next = waiting.getAndSet(null);
        if (next != null) {
            next.accept(System.nanoTime());
        }
    }

    /** When a frame was rendered. */
    @FunctionalInterface
    public interface FrameTime {
        void at(long epochMillis, long nanoTime);
    }
}
