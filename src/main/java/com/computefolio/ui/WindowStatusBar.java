package com.computefolio.ui;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TaskHandle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line of the window: the open file, and the running background task with its progress and a Cancel button. */
final class WindowStatusBar extends HBox {
    private final Label task = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;
    private TaskHandle shown;

    /** @param liveNotice what the last update from another window or user changed (LiveUpdates) */
    WindowStatusBar(TaskExecutor executor, PortfolioDocument document, javafx.beans.value.ObservableStringValue liveNotice,
                    Messages messages) {
        getStyleClass().add("window-status-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        Label file = new Label();
        file.setId("openFile");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> document.locationProperty().get() == null ? ""
                        : messages.format("status.file", document.locationProperty().get()),
                document.locationProperty()));
        file.setMinWidth(0);
        // The path (and the live notice's amounts and ids) as runs of their own among the Arabic words.
        AmountLabels.install(file);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setPrefWidth(140);
        cancel = new Button(messages.get("status.cancel"));
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        Label live = new Label();
        live.setId("liveNotice");
        live.textProperty().bind(liveNotice);
        live.setMinWidth(0);
        AmountLabels.install(live);
        getChildren().addAll(file, live, spacer, task, progress, cancel);
        executor.runningTasks().addListener((ListChangeListener<TaskHandle>) c -> show(executor));
        show(executor);
    }

    private void show(TaskExecutor executor) {
        var running = executor.runningTasks();
        shown = running.isEmpty() ? null : running.get(running.size() - 1);
        boolean busy = shown != null;
        task.setText(busy ? shown.title() : "");
        progress.progressProperty().unbind();
        if (busy) {
            progress.progressProperty().bind(shown.progressProperty());
        }
        for (var node : new javafx.scene.Node[] {task, progress, cancel}) {
            node.setVisible(busy);
            node.setManaged(busy);
        }
    }
}
