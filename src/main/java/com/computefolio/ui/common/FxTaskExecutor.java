package com.computefolio.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs work on a small pool of daemon threads and its callbacks on the FX thread. Progress updates
 * are coalesced: however often the work reports, at most one update per task waits in the FX queue.
 * Cancelling never interrupts the worker thread (an interrupt can abort a file or database write
 * half-way); the work stops at its next progress check.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final int THREADS = 2;

    private final ExecutorService pool;
    private final Consumer<Throwable> unhandledFailure;
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    /** @param unhandledFailure reports failures of tasks without a failure callback (on the FX thread) */
    public FxTaskExecutor(Consumer<Throwable> unhandledFailure) {
        this.unhandledFailure = unhandledFailure;
        this.pool = Executors.newFixedThreadPool(THREADS, daemonThreads());
    }

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        SimpleTaskHandle handle = new SimpleTaskHandle(task.title());
        running.add(handle);
        CoalescedProgress progress = new CoalescedProgress(handle);
        pool.execute(() -> runOnWorker(task, handle, progress));
        return handle;
    }

    private <V> void runOnWorker(BackgroundTask<V> task, SimpleTaskHandle handle, CoalescedProgress progress) {
        if (handle.isCancelled()) {
            Platform.runLater(() -> finish(handle, task::cancelled));
            return;
        }
        try {
            V value = task.run(progress);
            Platform.runLater(() -> finish(handle, () -> {
                if (handle.isCancelled()) {
                    task.cancelled();
                } else {
                    task.succeeded(value);
                }
            }));
        } catch (Throwable e) {
            // Every failure ends the task on screen, or its progress bar would spin forever.
            Platform.runLater(() -> finish(handle, () -> {
                if (handle.isCancelled()) {
                    task.cancelled();
                } else if (!task.failed(e)) {
                    unhandledFailure.accept(e);
                }
            }));
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        }
    }

    private void finish(SimpleTaskHandle handle, Runnable callback) {
        running.remove(handle);
        callback.run();
    }

    @Override
    public ObservableList<TaskHandle> runningTasks() {
        return running;
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "computefolio-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Posts the newest progress value to the FX thread, never more than one post pending at a time. */
    private static final class CoalescedProgress implements BackgroundTask.Progress {
        private final SimpleTaskHandle handle;
        private final AtomicLong latestBits = new AtomicLong(Double.doubleToLongBits(-1));
        private final AtomicBoolean posted = new AtomicBoolean();

        CoalescedProgress(SimpleTaskHandle handle) {
            this.handle = handle;
        }

        @Override
        public void update(long done, long total) {
            double value = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
            latestBits.set(Double.doubleToLongBits(value));
            if (posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    handle.setProgress(Double.longBitsToDouble(latestBits.get()));
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return handle.isCancelled();
        }
    }
}
