package com.computefolio.ui.editor;

import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The band at the top of the inspector while the register is seen as known on a past date: says
 * the deal is read only, and offers the two ways out, back to today or a dated revision.
 */
final class PastBanner extends VBox {

    PastBanner(DealEditorViewModel model, Messages messages) {
        InspectorScope scope = model.scope();
        setId("pastBanner");
        getStyleClass().add("past-banner");
        setSpacing(6);
        setPadding(new Insets(8, 10, 8, 10));

        Label text = new Label();
        text.setId("pastBannerText");
        WrappedText.install(text);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(Bindings.createStringBinding(() -> scope.asOfProperty().get() == null ? ""
                        : messages.format(scope.isReadOnly() ? "editor.past.readOnly" : "editor.past.revising",
                                scope.asOfProperty().get().toString()),
                scope.asOfProperty(), scope.readOnlyProperty()));

        Button today = new Button(messages.get("editor.past.backToToday"));
        today.setId("backToToday");
        today.setOnAction(e -> model.backToToday());
        Button revise = new Button(messages.get("editor.past.addRevision"));
        revise.setId("addDatedRevision");
        revise.setOnAction(e -> model.addDatedRevision());
        revise.visibleProperty().bind(scope.readOnlyProperty());
        revise.managedProperty().bind(revise.visibleProperty());
        today.setMinWidth(Region.USE_PREF_SIZE);
        revise.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 6, today, revise);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(text, buttons);
        // Shown over a stored deal seen in the past; a new deal is made today, whatever the filter says.
        visibleProperty().bind(scope.asOfProperty().isNotNull().and(model.loadedProperty().isNotNull())
                .and(model.newDealProperty().not()));
        managedProperty().bind(visibleProperty());
    }
}
