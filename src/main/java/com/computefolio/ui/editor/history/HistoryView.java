package com.computefolio.ui.editor.history;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The History section at the foot of the inspector: one collapsed pane per entry, newest first,
 * headed by when, who, what and why; expanding it lists the fields the write changed.
 */
public final class HistoryView extends VBox {

    private final Messages messages;
    private final VBox entries = new VBox(2);

    public HistoryView(HistoryViewModel model, Messages messages) {
        this.messages = messages;
        setId("dealHistory");
        setSpacing(6);
        Label heading = new Label(messages.get("history.section"));
        heading.getStyleClass().add("editor-section");
        heading.setMaxWidth(Double.MAX_VALUE);
        Label empty = new Label(messages.get("history.empty"));
        empty.getStyleClass().add("text-muted");
        WrappedText.install(empty);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.items()).and(model.loadingProperty().not()));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(heading, empty, entries);
        model.items().addListener((ListChangeListener<HistoryViewModel.Item>) c -> show(model));
        show(model);
    }

    private void show(HistoryViewModel model) {
        entries.getChildren().setAll(model.items().stream().map(this::entry).toList());
    }

    private TitledPane entry(HistoryViewModel.Item item) {
        VBox lines = new VBox(2);
        lines.setPadding(new Insets(4, 4, 4, 8));
        if (item.reason() != null) {
            lines.getChildren().add(wrapped(item.reason()));
        }
        item.changes().forEach(change -> lines.getChildren().add(wrapped(change)));
        if (item.changes().isEmpty()) {
            Label none = wrapped(messages.get("history.noFields"));
            none.getStyleClass().add("text-muted");
            lines.getChildren().add(none);
        }
        String title = item.reason() == null ? item.heading() : item.heading() + " \u2014 " + item.reason();
        TitledPane pane = new TitledPane(title, lines);
        // A deal's or party's name, a date and a time among the Arabic words, in runs (see AmountLabels).
        AmountLabels.install(pane);
        // Its heading (with the user's reason) asks no minimum of the inspector: a long one widened the whole form past
        // the side's edge, cutting every field at the left in Arabic; the heading is cut instead, the entry opens whole.
        pane.setMinWidth(0);
        pane.getStyleClass().add("history-entry");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        // A change's amounts, dates and ids as runs of their own among the Arabic words, its lines broken by us.
        return WrappedText.install(label);
    }
}
