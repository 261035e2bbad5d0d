package com.computefolio.service.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Where a report stops when it was asked to. Its own class so that the builder and the PDF writer it
 * drives can both check without the writer depending back on the builder.
 */
final class ReportCancellation {

    private ReportCancellation() {
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the report was cancelled");
        }
    }
}
