package com.computefolio.ui.charts;

import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TaskHandle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs one kind of recomputation in the background where only the newest request matters: each
 * submit cancels the one before, and a result that arrives after a newer request was made is
 * dropped, so a slow old chart can never replace a newer one. Call from the FX thread only.
 */
public final class LatestRequestRunner {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long generation;
    private TaskHandle pending;

    public LatestRequestRunner(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * @param onResult  receives the result on the FX thread, only if no newer request was made
     * @param onFailure receives the error on the FX thread, only if no newer request was made
     */
    public <V> void submit(String title, BackgroundTask.Work<V> work, Consumer<? super V> onResult, Consumer<Throwable> onFailure) {
        long request = ++generation;
        cancelPending();
        busy.set(true);
        BackgroundTask<V> task = BackgroundTask.of(title, work)
                .onSuccess(value -> {
                    if (request == generation) {
                        finish();
                        onResult.accept(value);
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        finish();
                        onFailure.accept(error);
                    }
                })
                .onCancelled(() -> {
                    if (request == generation) {
                        finish();
                    }
                });
        TaskHandle handle = executor.execute(task);
        // A synchronous executor has already finished the task; only a running one is pending.
        if (request == generation && busy.get()) {
            pending = handle;
        }
    }

    /** Drops whatever is running; its result will not be delivered. */
    public void cancel() {
        generation++;
        cancelPending();
        busy.set(false);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void finish() {
        pending = null;
        busy.set(false);
    }

    /** True while the newest request is still running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
