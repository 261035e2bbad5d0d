package com.computefolio.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A choice of a fixed list ("تدفق داخل (استثمار في المشتري)", "حتى (سقف)") in reading order, in the box and in its
 * list: JavaFX draws the brackets beside Arabic words facing outwards, so a choice with Arabic is shown as its pieces
 * (see {@link AmountLabels}); its text stays what the box's converter says. Names and titles have their own cells.
 */
public class ChoiceCell<T> extends ListCell<T> {
    private final StringConverter<T> converter;

    public ChoiceCell(StringConverter<T> converter) {
        this.converter = converter;
        AmountLabels.install(this);
    }

    /** Shows the box's choices, the picked one and those of its list, through this cell and the box's converter. */
    public static <T> void install(ComboBox<T> box) {
        box.setButtonCell(new ChoiceCell<>(box.getConverter()));
        box.setCellFactory(list -> new ChoiceCell<>(box.getConverter()));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : converter.toString(item));
    }
}
