package com.computefolio.ui.editor;

import com.computefolio.domain.Source;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sources of the selected revision: each a link to the article, with edit and remove buttons. */
final class SourcesPane extends VBox {
    private final DealEditorViewModel model;
    private final Messages messages;
    private ObservableList<SourceEntry> shown;
    private final ListChangeListener<SourceEntry> onChange = c -> rebuild();

    SourcesPane(DealEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setSpacing(4);
        getStyleClass().add("sources-pane");
        model.selectedRevisionProperty().addListener((obs, old, now) -> follow(now));
        follow(model.selectedRevisionProperty().get());
    }

    private void follow(RevisionForm revision) {
        if (shown != null) {
            shown.removeListener(onChange);
        }
        shown = revision == null ? null : revision.sources();
        if (shown != null) {
            shown.addListener(onChange);
        }
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (shown == null || shown.isEmpty()) {
            Label none = new Label(messages.get("editor.sources.none"));
            none.getStyleClass().add("text-muted");
            getChildren().add(none);
        } else {
            for (SourceEntry entry : shown) {
                getChildren().add(row(entry));
            }
        }
        Button add = new Button(messages.get("editor.sources.add"));
        add.setId("addSource");
        add.setOnAction(e -> model.sources().askForNewSource());
        getChildren().add(add);
    }

    private VBox row(SourceEntry entry) {
        Source source = entry.source();
        String text = source.title() == null ? source.publisher() : source.publisher() + " \u2014 " + source.title();
        Hyperlink link = new Hyperlink(text);
        WrappedText.install(link);
        link.setMaxWidth(Double.MAX_VALUE);
        link.setTooltip(new Tooltip(source.url() + (source.quote() == null ? "" : "\n\u201c" + source.quote() + "\u201d")));
        link.setOnAction(e -> model.sources().openLink(source.url()));
        Label date = new Label(source.published() == null ? "" : source.published().toString());
        date.getStyleClass().add("text-muted");
        date.setMinWidth(Region.USE_PREF_SIZE);
        Label backs = new Label(entry.backsValue() && entry.backsRevision() ? ""
                : entry.backsValue() ? messages.get("editor.sources.valueOnly") : messages.get("editor.sources.revisionOnly"));
        backs.getStyleClass().add("text-muted");
        backs.setMinWidth(Region.USE_PREF_SIZE);
        Button edit = new Button(messages.get("editor.sources.edit"));
        edit.getStyleClass().add("small");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(e -> model.sources().askToEditSource(entry));
        Button remove = new Button(messages.get("editor.sources.remove"));
        remove.getStyleClass().add("small");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.sources().removeSource(entry));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox details = new HBox(6, date, backs, spacer, edit, remove);
        details.setAlignment(Pos.CENTER_LEFT);
        details.setPadding(new javafx.geometry.Insets(0, 0, 0, 4));
        VBox row = new VBox(2, link, details);
        row.getStyleClass().add("source-row");
        return row;
    }
}
