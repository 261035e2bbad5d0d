package com.computefolio.ui.support;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;

/**
 * Finds the visible controls of a scene that are cut off: whose bounds reach outside the scene or
 * outside the clip of an ancestor (a split pane's item, a tab's content). What lies inside a scroll
 * pane or a virtualised list or table is not looked into: those scroll to show it, and the scroll
 * pane or table itself is checked like any control.
 */
public final class ClippedControls {
    /** Half a pixel either way is rounding, not clipping. */
    private static final double TOLERANCE = 1;

    private ClippedControls() {
    }

    /** Descriptions of the clipped controls ("Button#clearFilters at [...] outside [...]"); empty when none is. */
    public static List<String> in(Scene scene) {
        List<String> clipped = new ArrayList<>();
        walk(scene.getRoot(), new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), clipped);
        return clipped;
    }

    private static void walk(Node node, Bounds visible, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        Bounds area = visible;
        if (node.getClip() != null) {
            area = intersect(area, node.localToScene(node.getClip().getBoundsInParent()));
        }
        if (node instanceof Control control && control.getWidth() > 0 && control.getHeight() > 0) {
            Bounds bounds = control.localToScene(control.getLayoutBounds());
            if (!inside(bounds, area)) {
                clipped.add(describe(control) + " at " + text(bounds) + " outside " + text(area));
            }
        }
        boolean scrolls = node instanceof ScrollPane || node instanceof TableView<?> || node instanceof ListView<?>
                || node instanceof TreeView<?>;
        if (node instanceof Parent parent && !scrolls) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, area, clipped);
            }
        }
    }

    private static boolean inside(Bounds bounds, Bounds area) {
        return bounds.getMinX() >= area.getMinX() - TOLERANCE && bounds.getMinY() >= area.getMinY() - TOLERANCE
                && bounds.getMaxX() <= area.getMaxX() + TOLERANCE && bounds.getMaxY() <= area.getMaxY() + TOLERANCE;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String describe(Control control) {
        String text = control instanceof javafx.scene.control.Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId()) + text;
    }

    private static String text(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
