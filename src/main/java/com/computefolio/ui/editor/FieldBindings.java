package com.computefolio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;

/**
 * Binds controls to the properties of whichever revision is selected, and moves the bindings when
 * the selection changes.
 */
final class FieldBindings {
    private record Binding<T>(Property<T> control, Function<RevisionForm, Property<T>> target) {
    }

    private final List<Binding<?>> bindings = new ArrayList<>();
    private RevisionForm bound;

    <T> void add(Property<T> control, Function<RevisionForm, Property<T>> target) {
        bindings.add(new Binding<>(control, target));
    }

    void bindTo(RevisionForm revision) {
        if (bound != null) {
            bindings.forEach(b -> unbind(b, bound));
        }
        bound = revision;
        if (revision != null) {
            bindings.forEach(b -> bind(b, revision));
        }
    }

    private static <T> void bind(Binding<T> binding, RevisionForm revision) {
        binding.control().bindBidirectional(binding.target().apply(revision));
    }

    private static <T> void unbind(Binding<T> binding, RevisionForm revision) {
        binding.control().unbindBidirectional(binding.target().apply(revision));
    }
}
