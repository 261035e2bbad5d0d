package com.computefolio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One editable list of the inspector (schedule legs, options, roles...): add, edit and remove
 * entries through a {@link EntryDraft}. Every change of the list goes through {@link ListChanges},
 * which makes it one undoable step; what the list may hold is judged by the domain's validator
 * afterwards, with the whole deal, as an import would judge it.
 *
 * @param <T> the domain value of one entry
 */
final class EntryListModel<T> {
    /** Not drafting. */
    static final int NONE = -1;
    /** Drafting a new entry, to be added at the end. */
    static final int ADDING = -2;

    /** Applies a new content to a list of the form as one undoable edit. */
    interface ListChanges {
        <E> void replace(EditorField field, ObservableList<E> list, List<E> after);
    }

    private final EditorField field;
    private final EntryDraft<T> draft;
    private final ListChanges changes;
    private final ObjectProperty<ObservableList<T>> items = new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper editing = new ReadOnlyIntegerWrapper(NONE);
    private final IntegerBinding count;

    EntryListModel(EditorField field, EntryDraft<T> draft, ListChanges changes) {
        this.field = field;
        this.draft = draft;
        this.changes = changes;
        count = Bindings.createIntegerBinding(() -> items.get().size(), items);
        items.get().addListener(onChange);
    }

    /** Shows another list (that of the revision now selected); a draft in progress is dropped. */
    void show(ObservableList<T> list) {
        cancel();
        ObservableList<T> before = items.get();
        if (before != null) {
            before.removeListener(onChange);
        }
        items.set(list == null ? FXCollections.observableArrayList() : list);
        items.get().addListener(onChange);
        count.invalidate();
    }

    private final javafx.collections.ListChangeListener<T> onChange = c -> listChanged();

    private void listChanged() {
        count.invalidate();
        if (editing.get() >= items.get().size()) {
            cancel(); // the entry being edited was taken away (by undo)
        }
    }

    /** Starts a new entry in the draft, blank. */
    void startAdding() {
        draft.errors.clear();
        draft.load(null);
        editing.set(ADDING);
    }

    /** Starts editing the entry at {@code index} in the draft. */
    void startEditing(int index) {
        draft.errors.clear();
        draft.load(items.get().get(index));
        editing.set(index);
    }

    /**
     * Puts the draft into the list (as a new entry or in place of the one edited).
     *
     * @return false, with the draft's errors set, when the draft cannot be read; the list is unchanged then
     */
    boolean apply() {
        if (editing.get() == NONE) {
            return false;
        }
        T entry = draft.read();
        if (entry == null) {
            return false;
        }
        List<T> after = new ArrayList<>(items.get());
        if (editing.get() == ADDING) {
            after.add(entry);
        } else {
            after.set(editing.get(), entry);
        }
        editing.set(NONE);
        changes.replace(field, items.get(), after);
        return true;
    }

    /** Drops the draft; the list is unchanged. */
    void cancel() {
        draft.errors.clear();
        editing.set(NONE);
    }

    void remove(int index) {
        List<T> after = new ArrayList<>(items.get());
        after.remove(index);
        cancel();
        changes.replace(field, items.get(), after);
    }

    EditorField field() {
        return field;
    }

    EntryDraft<T> draft() {
        return draft;
    }

    ObjectProperty<ObservableList<T>> itemsProperty() {
        return items;
    }

    ObservableList<T> items() {
        return items.get();
    }

    /** The index being edited, {@link #ADDING} or {@link #NONE}. */
    ReadOnlyIntegerProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    IntegerBinding countProperty() {
        return count;
    }
}
