package com.computefolio.ui.editor;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.WrappedText;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A two-column form: a label, then the control with its error message right under it. The error
 * of each field comes from the view model's error map and also marks the control red.
 */
final class FormGrid extends GridPane {
    /** The AtlantaFX themes paint controls in this state red (their classes need Java 21; their CSS does not). */
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final Map<EditorField, Label> errorLabels = new EnumMap<>(EditorField.class);
    private final Map<EditorField, Node> controls = new EnumMap<>(EditorField.class);
    private int rows;

    FormGrid(ObservableMap<EditorField, String> errors) {
        getStyleClass().add("form-grid");
        setHgap(10);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(96);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(160);
        getColumnConstraints().addAll(labels, fields);
        errors.addListener((MapChangeListener<EditorField, String>) change -> show(change.getKey(), errors.get(change.getKey())));
    }

    /** Adds a row; {@code field} may be null for a row without its own errors. */
    void row(String labelText, Node control, EditorField field) {
        Label label = AmountLabels.install(new Label(labelText));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        VBox cell = new VBox(2, control);
        if (field != null) {
            Label error = new Label();
            error.setId("error-" + field.name());
            error.getStyleClass().add("field-error");
            WrappedText.install(error);
            error.setVisible(false);
            error.setManaged(false);
            cell.getChildren().add(error);
            errorLabels.put(field, error);
            controls.put(field, control);
        }
        add(label, 0, rows);
        add(cell, 1, rows);
        rows++;
    }

    void showAll(ObservableMap<EditorField, String> errors) {
        errorLabels.keySet().forEach(field -> show(field, errors.get(field)));
    }

    private void show(EditorField field, String message) {
        Label label = errorLabels.get(field);
        if (label == null) {
            return;
        }
        boolean has = message != null && !message.isEmpty();
        label.setText(has ? message : "");
        label.setVisible(has);
        label.setManaged(has);
        controls.get(field).pseudoClassStateChanged(DANGER, has);
    }
}
