package com.computefolio.ui.common;

/** One change that can be taken back and made again. */
public interface UndoableEdit {

    /** Shown in the Edit menu ("Undo Edit value"); already localized. */
    String description();

    void undo();

    void redo();

    /**
     * Absorbs the next edit into this one if both are parts of one gesture (typing a word into the
     * same field), so one Undo takes back the whole word. Default: never.
     */
    default boolean absorb(UndoableEdit next) {
        return false;
    }
}
