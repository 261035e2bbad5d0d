package com.computefolio.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;

/** A submitted {@link BackgroundTask}, as the window sees it: a title, a progress and a way to stop it. */
public interface TaskHandle {

    String title();

    /** Between 0 and 1, or -1 while the work has not said how far it is. Changes on the FX thread. */
    ReadOnlyDoubleProperty progressProperty();

    /**
     * Asks the work to stop. The work stops at its next progress check; its success and failure
     * callbacks are then skipped and its cancel callback runs instead.
     */
    void cancel();

    boolean isCancelled();
}
