package com.computefolio.service;

/**
 * Told how far a long piece of work (an import, a generated portfolio) has come, in counts, so the
 * caller can show a bar with counts and time left: the command line draws one on a terminal, a test
 * records the calls. The service never prints; it only calls this, on the thread doing the work,
 * so an implementation must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (step, done, total) -> { };

    /**
     * {@code done} of {@code total} units of {@code step} are finished. Each step starts with
     * {@code done} 0 and ends with {@code done == total}; steps come one after the other, never
     * interleaved.
     */
    void progressed(ProgressStep step, long done, long total);
}
