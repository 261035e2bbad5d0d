package com.computefolio.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A history of {@link UndoableEdit}s. Recording a new edit clears what could be redone; while an
 * edit is being undone or redone, new recordings are ignored, so that the property changes an undo
 * makes are not recorded as edits themselves.
 */
public final class UndoManager {
    private static final int LIMIT = 500;

    private final Deque<UndoableEdit> undoStack = new ArrayDeque<>();
    private final Deque<UndoableEdit> redoStack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private boolean replaying;
    private boolean mergeAllowed = true;

    public void record(UndoableEdit edit) {
        if (replaying) {
            return;
        }
        UndoableEdit last = undoStack.peek();
        if (!(mergeAllowed && last != null && last.absorb(edit))) {
            undoStack.push(edit);
            if (undoStack.size() > LIMIT) {
                undoStack.removeLast();
            }
        }
        mergeAllowed = true;
        redoStack.clear();
        update();
    }

    /** Whether an edit is being undone or redone right now. */
    public boolean isReplaying() {
        return replaying;
    }

    public void undo() {
        UndoableEdit edit = undoStack.poll();
        if (edit == null) {
            return;
        }
        replay(edit::undo);
        redoStack.push(edit);
        update();
    }

    public void redo() {
        UndoableEdit edit = redoStack.poll();
        if (edit == null) {
            return;
        }
        replay(edit::redo);
        undoStack.push(edit);
        update();
    }

    /** Ends the current gesture: the next recorded edit starts its own undo step. */
    public void breakMerge() {
        mergeAllowed = false;
    }

    public void clear() {
        undoStack.clear();
        redoStack.clear();
        update();
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
            mergeAllowed = false;
        }
    }

    private void update() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().description());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
