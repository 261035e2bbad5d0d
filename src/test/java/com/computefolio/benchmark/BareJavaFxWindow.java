package com.computefolio.benchmark;

import com.computefolio.ui.bench.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The anchor of benchmark 3: a bare JavaFX window with one label, the size of the main window,
 * timed to its first rendered frame exactly as the app is (same probe, same report file). Its main
 * class does not extend Application, as the app's Launcher does not, so both start the same way.
 * Run by src/bench/run-benchmarks.sh with {@code -Dcomputefolio.benchmark.out=FILE}.
 */
public final class BareJavaFxWindow {

    private BareJavaFxWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Computefolio")), 1360, 860);
            stage.setScene(scene);
            stage.show();
            StartupProbe.watch(scene, () -> true);
        }
    }
}
