package com.computefolio.testing;

import com.computefolio.service.ProgressListener;
import com.computefolio.service.ProgressStep;
import java.util.ArrayList;
import java.util.List;

/** A {@link ProgressListener} that keeps every call, for tests to read back. */
public final class RecordedProgress implements ProgressListener {

    /** One call: {@code done} of {@code total} units of {@code step}. */
    public record Call(ProgressStep step, long done, long total) {
    }

    private final List<Call> calls = new ArrayList<>();

    @Override
    public synchronized void progressed(ProgressStep step, long done, long total) {
        calls.add(new Call(step, done, total));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one step, in order. */
    public synchronized List<Call> of(ProgressStep step) {
        return calls.stream().filter(c -> c.step() == step).toList();
    }
}
