package com.computefolio.ui.deals;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Gives one column (the deal's title) whatever width the others leave, never less than its minimum.
 * The table itself is unconstrained: when the window is too narrow for every column at its minimum,
 * a horizontal scroll bar appears instead of the last columns being cut off (a constrained policy
 * squeezed Value and GW out of sight at 1024 px, and left the title at 15 characters).
 */
final class SpareWidth {
    private final TableView<?> table;
    private final TableColumn<?, ?> filler;
    private ScrollBar verticalBar;

    private SpareWidth(TableView<?> table, TableColumn<?, ?> filler) {
        this.table = table;
        this.filler = filler;
    }

    static void give(TableView<?> table, TableColumn<?, ?> filler) {
        new SpareWidth(table, filler).listen();
    }

    private void listen() {
        InvalidationListener fit = o -> fit();
        table.widthProperty().addListener(fit);
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> fit());
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column != filler) {
                column.widthProperty().addListener(fit);
            }
        }
        table.skinProperty().addListener(fit);
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                watchVerticalBar();
            }
        });
    }

    /** The vertical scroll bar comes and goes with the number of rows; the title gives it room. */
    private void watchVerticalBar() {
        if (verticalBar != null) {
            return;
        }
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                verticalBar = bar;
                bar.visibleProperty().addListener(o -> fit());
                bar.widthProperty().addListener(o -> fit());
                fit();
                return;
            }
        }
    }

    private void fit() {
        if (!filler.isVisible() || table.getWidth() <= 0) {
            return;
        }
        double others = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            if (column != filler) {
                others += column.getWidth();
            }
        }
        double bar = verticalBar != null && verticalBar.isVisible() ? verticalBar.getWidth() : 0;
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar - others - 2;
        double width = Math.max(filler.getMinWidth(), Math.floor(available));
        if (Math.abs(filler.getPrefWidth() - width) >= 1) {
            filler.setPrefWidth(width);
        }
    }
}
