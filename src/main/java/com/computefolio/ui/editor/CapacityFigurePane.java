package com.computefolio.ui.editor;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Source;
import com.computefolio.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;

/**
 * What is said about the selected revision's capacity besides its gigawatts: a ceiling, a floor, an
 * approximate or exact figure, its own confidence, label and sources, or the mark that its source is
 * not yet found. Open when the revision says more than a plain total.
 */
final class CapacityFigurePane extends TitledPane {

    CapacityFigurePane(DealEditorViewModel model, Messages messages, FieldBindings revisionBindings) {
        setId("capacitySection");
        setText(messages.get("editor.shapes.capacity"));
        setAnimated(false);
        FormGrid grid = new FormGrid(model.errors());
        ComboBox<CapacityBasis> basis = Controls.choice("capacityBasis", CapacityBasis.values(), messages);
        revisionBindings.add(basis.valueProperty(), r -> r.capacityBasis);
        ComboBox<Confidence> confidence = Controls.choice("capacityConfidence", Confidence.values(), messages);
        confidence.getItems().add(0, null); // not stated apart from the revision's
        revisionBindings.add(confidence.valueProperty(), r -> r.capacityConfidence);
        TextField label = Controls.text("capacityLabel", null);
        revisionBindings.add(label.textProperty(), r -> r.capacityLabel);
        CheckBox unsourced = AmountLabels.install(new CheckBox(messages.label(EditorField.CAPACITY_UNSOURCED)));
        unsourced.setId("capacityUnsourced");
        revisionBindings.add(unsourced.selectedProperty(), r -> r.capacityUnsourced);
        ObservableList<Source> none = FXCollections.observableArrayList();
        ObservableValue<ObservableList<Source>> chosen = Bindings.createObjectBinding(() -> {
            RevisionForm revision = model.selectedRevisionProperty().get();
            return revision == null ? none : revision.capacitySources;
        }, model.selectedRevisionProperty());
        SourcePicker sources = new SourcePicker(chosen, after -> model.replaceList(EditorField.CAPACITY_SOURCES,
                chosen.getValue(), after), model.selectedRevisionProperty(), messages, "capacitySource");
        grid.row(messages.label(EditorField.CAPACITY_BASIS), basis, EditorField.CAPACITY_BASIS);
        grid.row(messages.label(EditorField.CAPACITY_CONFIDENCE), confidence, EditorField.CAPACITY_CONFIDENCE);
        grid.row(messages.label(EditorField.CAPACITY_LABEL), label, EditorField.CAPACITY_LABEL);
        grid.row(messages.label(EditorField.CAPACITY_SOURCES), sources, EditorField.CAPACITY_SOURCES);
        grid.row("", unsourced, EditorField.CAPACITY_UNSOURCED);
        grid.disableProperty().bind(model.scope().readOnlyProperty());
        setContent(grid);
        setExpanded(false);
        model.selectedRevisionProperty().addListener((obs, old, now) -> setExpanded(now != null && saysMore(now)));
    }

    /** Whether the revision's capacity is more than a plain total on the revision's sources. */
    private static boolean saysMore(RevisionForm revision) {
        return revision.capacityBasis.get() != CapacityBasis.TOTAL || revision.capacityConfidence.get() != null
                || !revision.capacityLabel.get().isBlank() || revision.capacityUnsourced.get()
                || !revision.capacitySources.isEmpty();
    }
}
