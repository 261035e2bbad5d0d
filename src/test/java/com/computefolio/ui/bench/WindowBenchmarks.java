package com.computefolio.ui.bench;

import com.computefolio.ui.DesktopApp;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * The window benchmarks' entry point (docs/benchmarks.md, src/bench/run-benchmarks.sh): starts the real
 * window, arguments as the product takes them ({@code --db FILE}), and when it is shown, with
 * {@code -Dcomputefolio.benchmark=startup} notes its first frame showing deals and quits; with {@code =ui}
 * runs {@link InteractionBenchmark}. It lives with the tests so that the product jar carries no benchmark
 * code and no JavaFX internals; the script runs it from a jar of its own beside the product jar.
 *
 * <p>This class is the main class, not the {@link Application}: the java launcher refuses to start an
 * Application subclass as main class when JavaFX is on the class path rather than the module path.
 */
public final class WindowBenchmarks {

    public static final String MODE_PROPERTY = "computefolio.benchmark";

    private WindowBenchmarks() {
    }

    public static void main(String[] args) {
        String mode = System.getProperty(MODE_PROPERTY);
        if (!"startup".equals(mode) && !"ui".equals(mode)) {
            throw new IllegalArgumentException("-D" + MODE_PROPERTY + " must be startup or ui, not " + mode);
        }
        // As DesktopApp.launch: the register starts opening while JavaFX starts.
        Benchmarked.beginOpening(args);
        Application.launch(Benchmarked.class, args);
    }

    /** The product's window with the benchmark of {@code -Dcomputefolio.benchmark} attached once it is shown. */
    public static final class Benchmarked extends DesktopApp {
        static void beginOpening(String[] args) {
            openEarly(args);
        }

        @Override
        protected void windowShown(Scene scene) {
            String mode = System.getProperty(MODE_PROPERTY);
            if ("startup".equals(mode)) {
                StartupProbe.watch(scene, () -> scene.lookup("#dealsTable") instanceof TableView<?> t && !t.getItems().isEmpty());
            } else if ("ui".equals(mode)) {
                InteractionBenchmark.start(scene);
            }
        }
    }
}
