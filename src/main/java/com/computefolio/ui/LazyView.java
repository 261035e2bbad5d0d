package com.computefolio.ui;

import com.computefolio.ui.charts.ChartViewParts;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The content of a tab, made the first time the tab is shown. Styling and laying out the Charts
 * and Timeline views (and loading the chart fonts) took about a third of the time from start to
 * the first frame, for views nobody has looked at yet.
 */
final class LazyView extends StackPane {
    private final Supplier<Node> factory;
    private Node content;

    LazyView(Supplier<Node> factory) {
        this.factory = factory;
        ChartViewParts.activeWhileShowing(this, showing -> {
            if (showing) {
                create();
            }
        });
    }

    private void create() {
        if (content == null) {
            content = factory.get();
            getChildren().add(content);
        }
    }

    /** The view, once its tab has been shown. */
    Optional<Node> content() {
        return Optional.ofNullable(content);
    }
}
