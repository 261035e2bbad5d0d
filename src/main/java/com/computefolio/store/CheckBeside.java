package com.computefolio.store;

import com.computefolio.domain.Portfolio;

/**
 * Runs an import's checks on a thread of their own while the caller writes its guess of their
 * outcome (the machine has two cores: checking 100,000 deals takes seconds, and so does writing
 * them). {@link #outcome()} then gives what the checks decided, or throws what they threw, exactly
 * as if they had run on the caller's thread.
 */
final class CheckBeside<T, X extends Exception> {

    private final Thread thread;
    private CheckedImport.Planned<T> planned;
    private Throwable thrown;

    CheckBeside(CheckedImport<T, X> checkedImport, Portfolio register) {
        thread = new Thread(() -> {
            try {
                planned = checkedImport.check(register);
            } catch (Throwable t) { // handed to the caller's thread as it was thrown
                thrown = t;
            }
        }, "import-checks");
        // A writer that fails leaves the checks to finish on their own; they must not keep the JVM alive.
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the checks; rethrows their refusal (X) or failure unchanged. */
    CheckedImport.Planned<T> outcome() throws X {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The transaction cannot be left half decided: wait on, and keep the interrupt for the caller.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thrown != null) {
            throw CheckBeside.<RuntimeException>rethrow(thrown);
        }
        return planned;
    }

    /** Throws any throwable unchanged: the checks' X, unchecked exceptions and errors alike. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable t) throws E {
        throw (E) t;
    }
}
