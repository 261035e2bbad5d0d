package com.computefolio.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}: the work itself, which runs off the FX thread, and
 * what to do with its result, which runs on the FX thread. Callbacks must stay cheap (bind a value,
 * replace a list): anything heavy belongs in the work.
 *
 * @param <V> the result of the work
 */
public final class BackgroundTask<V> {

    /** The work; it may report progress and should return early once it sees it was cancelled. */
    @FunctionalInterface
    public interface Work<V> {
        V run(Progress progress) throws Exception;
    }

    /** What the work can tell its executor while it runs. Safe to call from the worker thread. */
    public interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    private final String title;
    private final Work<V> work;
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<V> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title shown beside the progress bar while the task runs (already localized) */
    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Without one, the executor's own failure handler reports the error. */
    public BackgroundTask<V> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    V run(Progress progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    /** @return false when the task has no failure callback of its own */
    boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }
}
