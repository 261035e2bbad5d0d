package com.computefolio.service.export;

/** Told how far a report has come, so a window can show a progress bar and a line of text. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (fraction, message) -> { };

    /** @param fraction 0 to 1 */
    void update(double fraction, String message);
}
