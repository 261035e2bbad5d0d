package com.computefolio.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Holds submitted tasks until the test runs them, in any order it likes, on the test thread: lets
 * a test show that an older request finishing after a newer one does not win.
 */
public final class DeferredTaskExecutor implements TaskExecutor {
    private final List<Pending<?>> pending = new ArrayList<>();
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    private record Pending<V>(BackgroundTask<V> task, SimpleTaskHandle handle) {
        void run() {
            V value;
            try {
                value = task.run(new BackgroundTask.Progress() {
                    @Override
                    public void update(long done, long total) {
                        handle.setProgress(total <= 0 ? -1 : (double) done / total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return handle.isCancelled();
                    }
                });
            } catch (Exception e) {
                if (!task.failed(e)) {
                    throw new IllegalStateException("background task failed: " + task.title(), e);
                }
                return;
            }
            if (handle.isCancelled()) {
                task.cancelled();
            } else {
                task.succeeded(value);
            }
        }
    }

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        SimpleTaskHandle handle = new SimpleTaskHandle(task.title());
        pending.add(new Pending<>(task, handle));
        running.add(handle);
        return handle;
    }

    /** How many tasks wait to be run. */
    public int waiting() {
        return pending.size();
    }

    /** Whether the task submitted at that position (0 = oldest still waiting) was asked to stop. */
    public boolean isCancelled(int index) {
        return pending.get(index).handle().isCancelled();
    }

    /**
     * Runs the task at that position (0 = oldest still waiting) as a worker would, ignoring that it
     * may have been cancelled: the work runs to its end, then its callbacks follow the handle.
     */
    public void run(int index) {
        Pending<?> next = pending.remove(index);
        running.remove(next.handle());
        next.run();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            run(0);
        }
    }

    @Override
    public ObservableList<TaskHandle> runningTasks() {
        return running;
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
