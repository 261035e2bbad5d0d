package com.computefolio.ui;

import com.computefolio.ui.common.Messages;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Help > Keyboard Shortcuts: every accelerator of the menu bar, read from the menus themselves
 * (so a shortcut added to a menu appears here with no other change), then the window's own keys.
 */
final class ShortcutSheet {
    private ShortcutSheet() {
    }

    /** Rows of "Ctrl+S" and "Edit › Save Deal", in menu order. */
    static List<Map.Entry<String, String>> rows(MenuBar bar, Messages messages) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), rows, messages);
        }
        for (WindowKeys.Path key : WindowKeys.ALL) {
            rows.add(new SimpleImmutableEntry<>(key.keys().getDisplayText(), messages.get(key.description())));
        }
        return rows;
    }

    private static void collect(Menu menu, String path, List<Map.Entry<String, String>> rows, Messages messages) {
        for (MenuItem item : menu.getItems()) {
            String name = messages.format("shortcuts.path", path, plain(item.getText()));
            if (item instanceof Menu sub) {
                collect(sub, name, rows, messages);
            } else if (item.getAccelerator() != null) {
                rows.add(new SimpleImmutableEntry<>(item.getAccelerator().getDisplayText(), name));
            }
        }
    }

    /** A menu text without its mnemonic marker and trailing ellipsis: "_Save Deal…" reads "Save Deal". */
    static String plain(String text) {
        return text == null ? "" : text.replace("_", "").replace("\u2026", "").strip();
    }
}
