package com.computefolio.ui.editor;

import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;

/**
 * Turns the user's changes of the form into undoable edits: typing in a field (merged per field, so
 * Undo takes back a word, not a letter) and replacing a list's entries. Remembers which fields the
 * user touched, since a new deal shows problems only beside those.
 */
final class FormEdits implements EntryListModel.ListChanges {
    private final UndoManager undo = new UndoManager();
    private final Set<EditorField> touched = EnumSet.noneOf(EditorField.class);
    private final Messages messages;
    private final BooleanSupplier loading;
    private final Consumer<RevisionForm> reveal;
    private final DealForm form;

    /**
     * @param loading true while the form is being filled from a deal: those changes are not the user's
     * @param reveal  selects a revision, so that undo shows the field it changes (null for the deal's fields)
     */
    FormEdits(DealForm form, Messages messages, BooleanSupplier loading, Consumer<RevisionForm> reveal) {
        this.form = form;
        this.messages = messages;
        this.loading = loading;
        this.reveal = reveal;
    }

    /** Records each change of {@code property} the user makes, then runs {@code changed}. */
    <T> void watch(Property<T> property, EditorField field, RevisionForm revision, Runnable changed) {
        ChangeListener<T> listener = (obs, before, after) -> {
            if (!loading.getAsBoolean()) {
                touched.add(field);
                undo.record(new FieldEdit<>(property, before, after,
                        messages.format("undo.editField", messages.label(field)), () -> reveal.accept(revision)));
            }
            changed.run();
        };
        property.addListener(listener);
    }

    @Override
    public <E> void replace(EditorField field, ObservableList<E> list, List<E> after) {
        replace(field, list, after, messages.format("undo.editField", messages.label(field)));
    }

    /** Gives {@code list} a new content as one undoable edit described by {@code description}. */
    <E> void replace(EditorField field, ObservableList<E> list, List<E> after, String description) {
        touched.add(field);
        RevisionForm owner = owner(list);
        List<E> before = List.copyOf(list);
        list.setAll(after);
        undo.record(new ListEdit<>(list, before, after, description, () -> reveal.accept(owner)));
    }

    /** The revision a list belongs to, or null for a list of the deal. */
    private RevisionForm owner(ObservableList<?> list) {
        for (RevisionForm revision : form.revisions) {
            if (revision.lists().stream().anyMatch(l -> l == list)) {
                return revision;
            }
        }
        return null;
    }

    UndoManager undo() {
        return undo;
    }

    Set<EditorField> touched() {
        return touched;
    }

    /** A new form: nothing to undo, nothing touched. */
    void reset() {
        undo.clear();
        touched.clear();
    }
}
