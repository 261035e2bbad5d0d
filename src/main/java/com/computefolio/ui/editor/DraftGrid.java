package com.computefolio.ui.editor;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.WrappedText;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fields of one list entry being drafted, as {@link FormGrid} lays out the deal's: a label, then
 * the control with the reason it cannot be read right under it, from the draft's errors.
 */
final class DraftGrid extends GridPane {
    private final ObservableMap<String, String> errors;
    private int rows;

    DraftGrid(ObservableMap<String, String> errors) {
        this.errors = errors;
        getStyleClass().add("form-grid");
        setHgap(8);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(80);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(120);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row whose errors are those the draft files under {@code name} (null: a row without errors). */
    DraftGrid row(String labelText, Node control, String name) {
        Label label = AmountLabels.install(new Label(labelText));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setPadding(new Insets(5, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        VBox cell = new VBox(2, control);
        if (name != null) {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            WrappedText.install(error);
            Runnable show = () -> {
                String message = errors.get(name);
                boolean has = message != null && !message.isEmpty();
                error.setText(has ? message : "");
                error.setVisible(has);
                error.setManaged(has);
                control.pseudoClassStateChanged(FormGrid.DANGER, has);
            };
            errors.addListener((MapChangeListener<String, String>) change -> show.run());
            show.run();
            cell.getChildren().add(error);
            if (control.getId() != null) {
                error.setId("error-" + control.getId());
            }
        }
        add(label, 0, rows);
        add(cell, 1, rows);
        rows++;
        return this;
    }
}
