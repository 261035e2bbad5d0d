package com.computefolio.ui.editor;

import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One editable list on screen: a line per entry with Edit and Remove, an Add button, and the draft's
 * fields with Apply and Cancel while an entry is added or edited. Enter applies the draft, Escape
 * drops it; every button is reached with Tab. Binds an {@link EntryListModel}; holds no state.
 *
 * @param <T> the domain value of one entry
 */
final class EntryListPane<T> extends VBox {
    private final EntryListModel<T> model;
    private final Function<T, String> summary;
    private final String id;
    private final Messages messages;
    private final VBox rows = new VBox(2);
    private final InvalidationListener onItems = o -> rebuild();
    private ObservableList<T> shown;

    /**
     * @param id         the prefix of the ids of its controls ("legs": #legsAdd, #legsApply, #legsEdit0...)
     * @param draftForm  the draft's fields
     * @param firstField the field that takes the focus when a draft starts
     */
    EntryListPane(EntryListModel<T> model, Function<T, String> summary, Node draftForm, Node firstField, String id,
                  Messages messages) {
        super(6);
        this.model = model;
        this.summary = summary;
        this.id = id;
        this.messages = messages;
        setId(id + "List");

        Button add = new Button(messages.get("editor.shapes.add"));
        add.setId(id + "Add");
        add.setOnAction(e -> {
            model.startAdding();
            firstField.requestFocus();
        });
        add.disableProperty().bind(model.editingProperty().isNotEqualTo(EntryListModel.NONE));

        Button apply = new Button();
        apply.setId(id + "Apply");
        apply.getStyleClass().add("accent");
        apply.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isEqualTo(EntryListModel.ADDING))
                .then(messages.get("editor.shapes.addEntry")).otherwise(messages.get("editor.shapes.apply")));
        apply.setOnAction(e -> model.apply());
        Button cancel = new Button(messages.get("editor.shapes.cancel"));
        cancel.setId(id + "Cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(6, apply, cancel);
        VBox draft = new VBox(6, draftForm, buttons);
        draft.getStyleClass().add("entry-draft");
        draft.setPadding(new Insets(6, 0, 6, 8));
        draft.visibleProperty().bind(model.editingProperty().isNotEqualTo(EntryListModel.NONE));
        draft.managedProperty().bind(draft.visibleProperty());
        draft.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                model.cancel();
                add.requestFocus();
            } else if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof TextArea)) {
                event.consume();
                model.apply();
            }
        });

        getChildren().addAll(rows, add, draft);
        // Told of every new list, not only of unequal ones: two empty lists are equal but are not the same list.
        model.itemsProperty().addListener((javafx.beans.Observable o) -> follow(model.items()));
        follow(model.items());
    }

    private void follow(ObservableList<T> items) {
        if (shown != null) {
            shown.removeListener(onItems);
        }
        shown = items;
        shown.addListener(onItems);
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (shown.isEmpty()) {
            Label none = new Label(messages.get("editor.shapes.none"));
            none.getStyleClass().add("text-muted");
            rows.getChildren().add(none);
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            rows.getChildren().add(row(i, shown.get(i)));
        }
    }

    private HBox row(int index, T entry) {
        Label text = new Label(summary.apply(entry));
        text.setId(id + "Row" + index);
        WrappedText.install(text);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button edit = new Button(messages.get("editor.shapes.edit"));
        edit.setId(id + "Edit" + index);
        edit.getStyleClass().add("small");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(e -> model.startEditing(index));
        Button remove = new Button(messages.get("editor.shapes.remove"));
        remove.setId(id + "Remove" + index);
        remove.getStyleClass().add("small");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.remove(index));
        HBox row = new HBox(6, text, edit, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("entry-row");
        return row;
    }
}
