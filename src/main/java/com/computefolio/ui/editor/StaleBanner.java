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

/** The band at the top of the inspector when the deal being edited was changed or deleted by someone else. */
final class StaleBanner extends VBox {

    StaleBanner(StaleDeal stale, Messages messages) {
        setId("staleBanner");
        getStyleClass().add("past-banner");
        setSpacing(6);
        setPadding(new Insets(8, 10, 8, 10));
        Label text = new Label();
        text.setId("staleBannerText");
        WrappedText.install(text);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(Bindings.createStringBinding(() -> stale.storedProperty().get() == null
                        ? messages.get("editor.stale.deleted")
                        : messages.format("editor.stale.changed", stale.storedProperty().get().version()),
                stale.storedProperty()));
        Button reload = new Button(messages.get("editor.stale.reload"));
        reload.setId("staleReload");
        reload.setOnAction(e -> stale.reload());
        Button keep = new Button(messages.get("editor.stale.keepMine"));
        keep.setId("staleKeepMine");
        keep.setOnAction(e -> stale.keepMine());
        reload.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 6, reload, keep);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, buttons);
        visibleProperty().bind(stale.staleProperty());
        managedProperty().bind(visibleProperty());
    }
}
