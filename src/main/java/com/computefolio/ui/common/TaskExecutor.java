package com.computefolio.ui.common;

import javafx.collections.ObservableList;

/**
 * Runs background work so that the FX thread never waits: loading, saving, importing, filtering
 * large portfolios. Views and view models get one injected; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /** Starts the task; its callbacks later run on the FX thread. Call on the FX thread. */
    <V> TaskHandle execute(BackgroundTask<V> task);

    /** The tasks not yet finished, oldest first; for a progress indicator. Changes on the FX thread. */
    ObservableList<TaskHandle> runningTasks();

    /** Stops accepting work; running work finishes on its own. */
    void shutdown();
}
