package com.computefolio.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Whether a node can be seen: it is in a scene and neither it nor any ancestor is invisible. A tab
 * pane hides the content of the tabs not selected, so a chart view uses this to stop recomputing
 * while another tab is in front.
 */
final class ShowingTracker {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final InvalidationListener rewire = obs -> rewire();
    private final InvalidationListener update = obs -> update();
    private final List<ObservableValue<?>> watched = new ArrayList<>();

    ShowingTracker(Node node) {
        this.node = node;
        node.sceneProperty().addListener(rewire);
        rewire();
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Listens to the visibility and the parent of every node from here up to the root. */
    private void rewire() {
        watched.forEach(o -> {
            o.removeListener(rewire);
            o.removeListener(update);
        });
        watched.clear();
        for (Node n = node; n != null; n = n.getParent()) {
            n.parentProperty().addListener(rewire);
            n.visibleProperty().addListener(update);
            watched.add(n.parentProperty());
            watched.add(n.visibleProperty());
        }
        update();
    }

    private void update() {
        boolean visible = node.getScene() != null;
        for (Node n = node; n != null && visible; n = n.getParent()) {
            visible = n.isVisible();
        }
        showing.set(visible);
    }
}
