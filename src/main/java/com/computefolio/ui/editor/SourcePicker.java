package com.computefolio.ui.editor;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.domain.Source;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Picks which of the selected revision's sources back a figure, one check box each (so the choice is
 * made with the keyboard too). Sources the figure already cites stay listed even when the revision no
 * longer lists them, so that nothing is dropped unseen.
 */
final class SourcePicker extends VBox {
    private final ObservableValue<ObservableList<Source>> chosenList;
    private final Consumer<List<Source>> change;
    private final Messages messages;
    private final String id;
    private final InvalidationListener onOffered = o -> rebuild();
    private ObservableList<SourceEntry> offered;
    private ObservableList<Source> followed;

    /**
     * @param chosen the figure's sources (a list that may be swapped for another revision's)
     * @param change how a new choice is made (directly for a draft, as an undoable edit for the form)
     * @param id     the prefix of its check boxes' ids ("optionSource" gives #optionSource0, #optionSource1...)
     */
    SourcePicker(ObservableValue<ObservableList<Source>> chosen, Consumer<List<Source>> change,
                 ObservableValue<RevisionForm> revision, Messages messages, String id) {
        super(2);
        this.id = id;
        this.chosenList = chosen;
        this.change = change;
        this.messages = messages;
        InvalidationListener onChosen = o -> rebuild();
        followed = chosen.getValue();
        followed.addListener(onChosen);
        // Told of every new list, not only of unequal ones: two empty lists are equal but are not the same list.
        chosen.addListener(o -> {
            followed.removeListener(onChosen);
            followed = chosen.getValue();
            followed.addListener(onChosen);
            rebuild();
        });
        revision.addListener((obs, old, now) -> follow(now));
        follow(revision.getValue());
    }

    /** Follows the sources of another revision as they are added and removed. */
    private void follow(RevisionForm now) {
        if (offered != null) {
            offered.removeListener(onOffered);
        }
        offered = now == null ? null : now.sources;
        if (offered != null) {
            offered.addListener(onOffered);
        }
        rebuild();
    }

    private void rebuild() {
        Map<String, Source> all = new LinkedHashMap<>();
        if (offered != null) {
            offered.forEach(entry -> all.putIfAbsent(entry.source().id(), entry.source()));
        }
        ObservableList<Source> chosen = chosenList.getValue();
        chosen.forEach(source -> all.putIfAbsent(source.id(), source));
        getChildren().clear();
        if (all.isEmpty()) {
            Label none = new Label(messages.get("editor.shapes.noSources"));
            none.getStyleClass().add("text-muted");
            WrappedText.install(none);
            getChildren().add(none);
            return;
        }
        for (Source source : all.values()) {
            // An Arabic publisher beside a Latin id: drawn in runs (AmountLabels).
            CheckBox box = AmountLabels.install(new CheckBox(source.id() + " \u00b7 " + source.publisher()));
            box.setId(id + getChildren().size());
            box.setSelected(chosen.contains(source));
            box.setOnAction(e -> toggle(source, box.isSelected()));
            getChildren().add(box);
        }
    }

    private void toggle(Source source, boolean on) {
        List<Source> after = new ArrayList<>(chosenList.getValue());
        if (on && !after.contains(source)) {
            after.add(source);
        } else if (!on) {
            after.remove(source);
        }
        change.accept(after);
    }
}
