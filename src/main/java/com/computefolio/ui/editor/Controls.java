package com.computefolio.ui.editor;

import com.computefolio.ui.common.ChoiceCell;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.MixedListCell;
import com.computefolio.ui.common.TypedDirection;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Small factories for the editor's controls, so that every field looks and behaves alike. */
final class Controls {
    private Controls() {
    }

    static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        // The user's words run their own way; Directions.leftToRight fixes ids, dates and amounts left to right.
        return TypedDirection.follow(field);
    }

    static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return TypedDirection.follow(area);
    }

    static <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, Messages messages) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(converter(messages::label));
        ChoiceCell.install(box);
        box.setMaxWidth(Double.MAX_VALUE);
        return MixedListCell.install(box);
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
