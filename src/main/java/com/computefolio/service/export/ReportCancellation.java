package com.computefolio.service.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Where an export (a report above all) stops when it was asked to. Its own class so that the export
 * service, the report builder and the PDF writer it drives can all check without depending on each other.
 */
final class ReportCancellation {

    private ReportCancellation() {
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the export was cancelled");
        }
    }
}
