package com.computefolio.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;

/**
 * Keeps a cell (table or list) showing its text as a {@link MixedLine} whenever the text mixes Arabic with brackets,
 * amounts or Latin names, and as plain text otherwise. The cell's text stays the whole line (what tests, copies and
 * screen readers read). The line is made the first time a mixed text comes and then reused for every row the cell
 * shows; a cell that never meets one makes nothing.
 *
 * <p>The cell must call {@link #layout()} after its own layout: the line takes the cell's whole content width, not the
 * width it asks for, so that it can cut itself.
 */
public final class MixedCellText {
    private final Labeled cell;
    private MixedLine line;

    private MixedCellText(Labeled cell) {
        this.cell = cell;
    }

    /** Follows the cell's text from now on (set or bound). */
    public static MixedCellText follow(Labeled cell) {
        MixedCellText mixed = new MixedCellText(cell);
        cell.textProperty().addListener((obs, old, now) -> mixed.show(now));
        mixed.show(cell.getText());
        return mixed;
    }

    private void show(String text) {
        if (Directions.hasRightToLeft(text)) {
            if (line == null) {
                line = new MixedLine(cell);
            }
            if (line.show(text)) {
                cell.setGraphic(line);
                cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                return;
            }
        }
        if (line != null && cell.getGraphic() == line) {
            cell.setGraphic(null);
            cell.setContentDisplay(ContentDisplay.LEFT);
        }
    }

    /** Gives the line the cell's content area (call at the end of the cell's layoutChildren). */
    public void layout() {
        if (line != null && cell.getGraphic() == line) {
            double left = cell.snappedLeftInset();
            double top = cell.snappedTopInset();
            double width = Math.max(0, cell.getWidth() - left - cell.snappedRightInset());
            double height = Math.max(0, cell.getHeight() - top - cell.snappedBottomInset());
            line.resizeRelocate(left, top, width, height);
        }
    }

    /** The line when the text is shown as one (for tests). */
    MixedLine line() {
        return line != null && cell.getGraphic() == line ? line : null;
    }
}
