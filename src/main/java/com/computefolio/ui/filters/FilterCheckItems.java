package com.computefolio.ui.filters;

import com.computefolio.ui.common.AmountLabels;
import javafx.collections.ObservableSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuItem;

/** The ticked items of every filter menu (parties, kinds, statuses, confidence, roles), made one way. */
final class FilterCheckItems {

    private FilterCheckItems() {
    }

    /**
     * A check box in the menu that leaves the menu open when ticked (a CheckMenuItem closes it on
     * every tick, so choosing three parties took three trips). Space ticks the focused box too.
     */
    static <T> MenuItem checkItem(String text, T value, ObservableSet<T> selected) {
        CheckBox box = new CheckBox(text);
        box.setMnemonicParsing(false);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("filter-check");
        // A party's name with its Latin name in brackets, in runs (see AmountLabels).
        AmountLabels.install(box);
        CustomMenuItem item = new CustomMenuItem(box, false);
        item.setUserData(value);
        // Enter on the highlighted row fires the item, which ticks the box. A click ticks the box itself and
        // the menu then fires the item as well (more than once), which must not tick it back: from a mouse
        // press until the next key, firing the item does nothing.
        boolean[] byMouse = {false};
        box.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> byMouse[0] = true);
        box.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> byMouse[0] = false);
            }
        });
        item.setOnAction(e -> {
            if (!byMouse[0]) {
                box.setSelected(!box.isSelected());
            }
        });
        box.setSelected(selected.contains(value));
        box.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                selected.add(value);
            } else {
                selected.remove(value);
            }
        });
        return item;
    }

    /** The check box of an item made by {@link #checkItem}. */
    static CheckBox box(MenuItem item) {
        return (CheckBox) ((CustomMenuItem) item).getContent();
    }

}
