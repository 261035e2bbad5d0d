package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.ui.common.UndoableEdit;

/**
 * A saved change of a deal in the database: created (no before), changed, or deleted (no after).
 * Undo stores the before state again and redo the after state, each as a new save over whatever
 * version is stored by then, so that history works across saves.
 */
final class StoredDealEdit implements UndoableEdit {

    /** Writes a deal state to the database in the background. */
    interface Store {
        /**
         * @param target  the state to store, or null to delete
         * @param current the stored state it replaces, or null if none is stored
         * @param done    receives the stored result (null after a delete) on the FX thread
         */
        void store(Deal target, Deal current, java.util.function.Consumer<Deal> done);
    }

    private final Deal before;
    private final Deal after;
    private final String description;
    private final Store store;
    private Deal stored;

    StoredDealEdit(Deal before, Deal after, String description, Store store) {
        this.before = before;
        this.after = after;
        this.description = description;
        this.store = store;
        this.stored = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        store.store(before, stored, result -> stored = result);
    }

    @Override
    public void redo() {
        store.store(after, stored, result -> stored = result);
    }
}
