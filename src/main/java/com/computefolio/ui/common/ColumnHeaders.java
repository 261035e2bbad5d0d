package com.computefolio.ui.common;

import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Columns at least as wide as their headings. Widths chosen for English headings cut longer ones short ("GW"
 * fits 48 pixels, "غيغاواط" does not), and a heading shown as "المش..." names nothing.
 */
public final class ColumnHeaders {
    /** The heading's padding and the room of the sort arrow beside it, in pixels. */
    private static final double PADDING = 26;

    private ColumnHeaders() {
    }

    /** Raises each column's minimum (and preferred) width to what its heading needs; wider columns are left alone. */
    public static void fit(TableView<?> table) {
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
        for (TableColumnBase<?, ?> column : table.getColumns()) {
            Text heading = new Text(column.getText() == null ? "" : column.getText());
            heading.setFont(bold);
            double needed = Math.ceil(heading.getLayoutBounds().getWidth() + PADDING);
            if (column.getMinWidth() < needed) {
                column.setMinWidth(needed);
            }
            if (column.getPrefWidth() < needed) {
                column.setPrefWidth(needed);
            }
        }
    }
}
