package com.computefolio.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A cell of a choice box's list or button that shows the choice through the box's converter (a party's name, a deal's
 * title, a status) and draws a name that mixes Arabic with brackets or Latin names in runs ({@link MixedCellText}): the
 * default cell gave "(أوبن إيه آيOpenAI)" and ")أزور (مايكروسوفت".
 */
public final class MixedListCell<T> extends ListCell<T> {
    private final MixedCellText mixed = MixedCellText.follow(this);
    private final ComboBox<T> box;
    private final boolean button;

    private MixedListCell(ComboBox<T> box, boolean button) {
        this.box = box;
        this.button = button;
    }

    /** Gives the box such cells for its list and its button; returns it. */
    public static <T, B extends ComboBox<T>> B install(B box) {
        box.setCellFactory(list -> new MixedListCell<>(box, false));
        box.setButtonCell(new MixedListCell<>(box, true));
        return box;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            // The button with nothing chosen shows the box's prompt, as the default button cell does.
            setText(button ? box.getPromptText() : null);
            return;
        }
        setText(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        mixed.layout();
    }
}
