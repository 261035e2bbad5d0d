package com.computefolio.ui.common;

import javafx.event.EventHandler;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;

/**
 * The context menu of every text field and area in the window's language. JavaFX gives text controls a menu of
 * its own (Undo, Redo, Cut, Copy, Paste, Delete, Select All) in English only, as it ships no Arabic; its skin shows
 * that menu only when the control has none, so a filter on the scene (or a dialog's pane) gives each text control
 * ours just before its first menu is asked for, whoever built the control. The items act through the control's own
 * undo, redo, cut, copy, paste, deleteText and selectAll, enabled as JavaFX enables its own.
 */
public final class TextMenus {

    private TextMenus() {
    }

    /** Every text control of the scene, now or later, gets the menu in the language of these messages. */
    public static void install(Scene scene, Messages messages) {
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, handler(messages));
    }

    /** As {@link #install(Scene, Messages)} for a part of a scene, e.g. a dialog's pane. */
    public static void install(Node root, Messages messages) {
        root.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, handler(messages));
    }

    private static EventHandler<ContextMenuEvent> handler(Messages messages) {
        return event -> {
            TextInputControl control = textControlAt(event.getTarget());
            if (control != null && control.getContextMenu() == null) {
                control.setContextMenu(menu(control, messages));
            }
        };
    }

    private static TextInputControl textControlAt(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl control) {
                return control;
            }
        }
        return null;
    }

    /** The menu of one control, its items enabled each time it opens as JavaFX's own are. */
    static ContextMenu menu(TextInputControl control, Messages messages) {
        MenuItem undo = item("textMenuUndo", messages.get("text.menu.undo"), control::undo);
        MenuItem redo = item("textMenuRedo", messages.get("text.menu.redo"), control::redo);
        MenuItem cut = item("textMenuCut", messages.get("text.menu.cut"), control::cut);
        MenuItem copy = item("textMenuCopy", messages.get("text.menu.copy"), control::copy);
        MenuItem paste = item("textMenuPaste", messages.get("text.menu.paste"), control::paste);
        MenuItem delete = item("textMenuDelete", messages.get("text.menu.delete"),
                () -> control.deleteText(control.getSelection()));
        MenuItem selectAll = item("textMenuSelectAll", messages.get("text.menu.selectAll"), control::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), selectAll);
        menu.setOnShowing(e -> {
            boolean editable = control.isEditable();
            boolean selected = control.getSelection().getLength() > 0;
            // A password's characters never leave the field.
            boolean secret = control instanceof PasswordField;
            undo.setDisable(!editable || !control.isUndoable());
            redo.setDisable(!editable || !control.isRedoable());
            cut.setDisable(!editable || !selected || secret);
            copy.setDisable(!selected || secret);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || !selected);
            int length = control.getLength();
            IndexRange selection = control.getSelection();
            selectAll.setDisable(length == 0 || selection.getLength() == length);
            // The menu reads as the window does, also over a field of Latin text (an id, an amount).
            menu.getScene().setNodeOrientation(
                    messages.texts().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        });
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
