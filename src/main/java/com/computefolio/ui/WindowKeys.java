package com.computefolio.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the window that belong to no menu item. The handlers match these very constants and
 * the shortcut sheet lists them, so the sheet cannot drift from what the keys do.
 */
final class WindowKeys {
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH_TO_TABLE = new KeyCodeCombination(KeyCode.DOWN);
    static final KeyCombination SEARCH_TO_TABLE_ALT = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination TABLE_TO_SEARCH = new KeyCodeCombination(KeyCode.ESCAPE);

    /** A key and the bundle key of what it does, for the shortcut sheet. */
    record Path(KeyCombination keys, String description) {
    }

    static final List<Path> ALL = List.of(
            new Path(REDO_ALT, "shortcuts.redoAlt"),
            new Path(SEARCH_TO_TABLE, "shortcuts.searchToTable"),
            new Path(SEARCH_TO_TABLE_ALT, "shortcuts.searchToTable"),
            new Path(TABLE_TO_SEARCH, "shortcuts.tableToSearch"));

    private WindowKeys() {
    }

    static boolean intoTable(KeyEvent event) {
        return SEARCH_TO_TABLE.match(event) || SEARCH_TO_TABLE_ALT.match(event);
    }
}
