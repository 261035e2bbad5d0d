package com.computefolio.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread, callbacks included, so that view-model tests are
 * deterministic and need no FX thread. Failures without a callback of their own are rethrown so a
 * test cannot miss them.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private int executed;

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        executed++;
        SimpleTaskHandle handle = new SimpleTaskHandle(task.title());
        V value;
        try {
            value = task.run(progressOf(handle));
        } catch (Exception e) {
            if (!task.failed(e)) {
                throw new IllegalStateException("background task failed: " + task.title(), e);
            }
            return handle;
        }
        if (handle.isCancelled()) {
            task.cancelled();
        } else {
            task.succeeded(value);
        }
        return handle;
    }

    /** How many tasks were run; lets a test check that work went through the executor. */
    public int executedCount() {
        return executed;
    }

    private static BackgroundTask.Progress progressOf(SimpleTaskHandle handle) {
        return new BackgroundTask.Progress() {
            @Override
            public void update(long done, long total) {
                handle.setProgress(total <= 0 ? -1 : (double) done / total);
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
    }

    @Override
    public ObservableList<TaskHandle> runningTasks() {
        return running;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
