package com.computefolio.ui.bench;

import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * The one door from the window to its benchmarks (docs/benchmarks.md): with
 * {@code -Dcomputefolio.benchmark=startup} the window notes its first frame showing deals and quits;
 * with {@code =ui} it runs {@link InteractionBenchmark}. Without the property nothing happens.
 */
public final class WindowBenchmarks {

    public static final String MODE_PROPERTY = "computefolio.benchmark";

    private WindowBenchmarks() {
    }

    /** Call on the FX thread right after the main window is shown. */
    public static void afterShown(Scene scene) {
        String mode = System.getProperty(MODE_PROPERTY);
        if ("startup".equals(mode)) {
            StartupProbe.watch(scene, () -> scene.lookup("#dealsTable") instanceof TableView<?> t && !t.getItems().isEmpty());
        } else if ("ui".equals(mode)) {
            InteractionBenchmark.start(scene);
        }
    }
}
