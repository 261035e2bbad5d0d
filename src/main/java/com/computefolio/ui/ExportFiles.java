package com.computefolio.ui;

import com.computefolio.service.export.ExportControl;
import com.computefolio.ui.common.BackgroundTask;

/** The progress hook shared by the window's exports (file names: {@link com.computefolio.ui.common.ExportNames}). */
final class ExportFiles {
    /** The status bar shows a fraction; the export service reports 0..1, so it is passed on in thousandths. */
    private static final long PROGRESS_STEPS = 1000;

    private ExportFiles() {
    }

    /** The export's progress drives the status bar, and its Cancel button stops the export. */
    static ExportControl control(BackgroundTask.Progress progress) {
        return new ExportControl((fraction, message) -> progress.update(Math.round(fraction * PROGRESS_STEPS), PROGRESS_STEPS),
                progress::isCancelled);
    }
}
