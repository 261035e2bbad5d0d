package com.computefolio.ui.editor;

import com.computefolio.ui.common.UndoableEdit;
import javafx.beans.property.Property;

/**
 * A change of one editor field. Consecutive changes of the same field (typing) merge into one, so
 * that Undo takes back the whole word rather than one letter.
 */
final class FieldEdit<T> implements UndoableEdit {
    private final Property<T> property;
    private final T before;
    private T after;
    private final String description;
    private final Runnable reveal;

    /** @param reveal brings the field into view before it changes (selects its revision) */
    FieldEdit(Property<T> property, T before, T after, String description, Runnable reveal) {
        this.property = property;
        this.before = before;
        this.after = after;
        this.description = description;
        this.reveal = reveal;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        reveal.run();
        property.setValue(before);
    }

    @Override
    public void redo() {
        reveal.run();
        property.setValue(after);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean absorb(UndoableEdit next) {
        if (next instanceof FieldEdit<?> other && other.property == property) {
            after = (T) other.after;
            return true;
        }
        return false;
    }
}
