package com.computefolio.ui;

import com.computefolio.ui.prefs.UserPreferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The deals table with the inspector beside it. The inspector keeps its width in pixels when the
 * window is resized (the table takes or gives the difference), remembers it between runs, and can
 * be folded away (View > Inspector, F9) to give the table the whole width.
 */
final class InspectorSplit extends SplitPane {
    /** The default width: the editor's fields at a readable width, no more (30% of a wide window was mostly empty). */
    static final double DEFAULT_WIDTH = 360;

    private final Node table;
    private final Region inspector;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private double width;
    private boolean placing;

    InspectorSplit(Node table, Region inspector, UserPreferences preferences) {
        super(table);
        this.table = table;
        this.inspector = inspector;
        setId("dealsSplit");
        double remembered = preferences.inspectorWidth();
        width = Double.isNaN(remembered) ? DEFAULT_WIDTH : remembered;
        SplitPane.setResizableWithParent(inspector, false);
        shown.addListener((obs, was, is) -> place());
        shown.set(preferences.inspectorShown());
        place();
        widthProperty().addListener((obs, old, w) -> placeDivider());
    }

    private void place() {
        if (shown.get() && !getItems().contains(inspector)) {
            getItems().setAll(table, inspector);
            placeDivider();
            getDividers().get(0).positionProperty().addListener((obs, old, position) -> rememberWidth(position.doubleValue()));
        } else if (!shown.get() && getItems().contains(inspector)) {
            getItems().setAll(table);
        }
    }

    /** Puts the divider where the inspector gets its width (once the split has a width of its own). */
    private void placeDivider() {
        if (getDividers().isEmpty() || getWidth() <= 0) {
            return;
        }
        placing = true;
        try {
            double inspectorWidth = Math.min(width, getWidth() / 2);
            setDividerPositions(1 - inspectorWidth / getWidth());
        } finally {
            placing = false;
        }
    }

    /** A move of the divider by the user (not by a resize of the window, nor by our own placing) sets the width. */
    private void rememberWidth(double position) {
        if (!placing && getWidth() > 0 && inspector.getWidth() > 0) {
            width = Math.max(inspector.minWidth(-1), getWidth() * (1 - position));
        }
    }

    /** True while the inspector is on screen. */
    BooleanProperty shownProperty() {
        return shown;
    }

    void remember(UserPreferences preferences) {
        preferences.setInspectorWidth(width);
        preferences.setInspectorShown(shown.get());
    }
}
