package com.computefolio.ui;

import com.computefolio.service.export.ExportControl;
import com.computefolio.ui.common.BackgroundTask;
import java.nio.file.Path;
import java.util.Locale;

/** File-name rules and the progress hook shared by the window's exports. */
final class ExportFiles {
    /** The status bar shows a fraction; the export service reports 0..1, so it is passed on in thousandths. */
    private static final long PROGRESS_STEPS = 1000;

    private ExportFiles() {
    }

    /**
     * The chosen file, with {@code .extension} added when the user typed a name without it (some
     * platforms' choosers do not add it), so the file opens in the program its type calls for.
     */
    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return chosen;
        }
        return chosen.resolveSibling(name + "." + extension);
    }

    /** The export's progress drives the status bar, and its Cancel button stops the export. */
    static ExportControl control(BackgroundTask.Progress progress) {
        return new ExportControl((fraction, message) -> progress.update(Math.round(fraction * PROGRESS_STEPS), PROGRESS_STEPS),
                progress::isCancelled);
    }
}
