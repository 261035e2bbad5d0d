package com.computefolio.service.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * How a caller follows and stops an export: progress (0 to 1 with a line of text) and a question
 * asked between steps. The window passes its background task's; the command line passes
 * {@link #NONE}. A cancelled export writes nothing.
 */
public record ExportControl(ReportProgress progress, BooleanSupplier cancelled) {

    public static final ExportControl NONE = new ExportControl(ReportProgress.NONE, () -> false);

    /** @throws CancellationException when the caller asked to stop */
    void checkCancelled() {
        ReportCancellation.check(cancelled);
    }
}
