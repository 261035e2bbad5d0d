package com.computefolio.ui;

import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * One Undo for the whole window: unsaved edits in the editor first, then saved changes of the
 * portfolio (which are written back to the database). Redo goes the same way round.
 */
final class UndoRouter {
    private final UndoManager editor;
    private final UndoManager saved;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoText;
    private final StringBinding redoText;

    UndoRouter(UndoManager editor, UndoManager saved, Messages messages) {
        this.editor = editor;
        this.saved = saved;
        canUndo = editor.canUndoProperty().or(saved.canUndoProperty());
        canRedo = editor.canRedoProperty().or(saved.canRedoProperty());
        undoText = Bindings.createStringBinding(() -> label(messages, "menu.edit.undo", "menu.edit.undoNamed",
                editor.canUndoProperty().get() ? editor.undoDescriptionProperty().get() : saved.undoDescriptionProperty().get()),
                editor.canUndoProperty(), editor.undoDescriptionProperty(), saved.undoDescriptionProperty());
        redoText = Bindings.createStringBinding(() -> label(messages, "menu.edit.redo", "menu.edit.redoNamed",
                editor.canRedoProperty().get() ? editor.redoDescriptionProperty().get() : saved.redoDescriptionProperty().get()),
                editor.canRedoProperty(), editor.redoDescriptionProperty(), saved.redoDescriptionProperty());
    }

    private static String label(Messages messages, String plainKey, String namedKey, String description) {
        return description == null || description.isEmpty() ? messages.get(plainKey) : messages.format(namedKey, description);
    }

    void undo() {
        if (editor.canUndoProperty().get()) {
            editor.undo();
        } else {
            saved.undo();
        }
    }

    void redo() {
        if (editor.canRedoProperty().get()) {
            editor.redo();
        } else {
            saved.redo();
        }
    }

    BooleanBinding canUndo() {
        return canUndo;
    }

    BooleanBinding canRedo() {
        return canRedo;
    }

    StringBinding undoText() {
        return undoText;
    }

    StringBinding redoText() {
        return redoText;
    }
}
