package com.computefolio.ui.editor;

import com.computefolio.ui.common.UndoableEdit;
import java.util.List;
import javafx.collections.ObservableList;

/** A change of a list in the editor (a source added, a revision added), undone by restoring the list. */
final class ListEdit<T> implements UndoableEdit {
    private final ObservableList<T> list;
    private final List<T> before;
    private final List<T> after;
    private final String description;
    private final Runnable reveal;

    ListEdit(ObservableList<T> list, List<T> before, List<T> after, String description, Runnable reveal) {
        this.list = list;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.description = description;
        this.reveal = reveal;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        list.setAll(before);
        reveal.run();
    }

    @Override
    public void redo() {
        list.setAll(after);
        reveal.run();
    }
}
