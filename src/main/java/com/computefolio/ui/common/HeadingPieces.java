package com.computefolio.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;

/**
 * Column headings that mix Arabic with brackets, a slash, a sign or Latin ("الخارج (يدفع المشتري)", "الصافي (الداخل −
 * الخارج)") drawn in reading order. JavaFX 21 draws such a heading as one line with its closing bracket at the far
 * left and the brackets facing outwards; the heading is therefore shown as a graphic of its pieces (see
 * {@link AmountLabels}) and its own text hidden by the stylesheet (class {@value #STYLE}), so the table's column menu,
 * the width it is fitted to and screen readers still read the column's text. A heading of plain words is left alone.
 */
public final class HeadingPieces {
    /** The style class of a column whose heading is shown by its graphic only (app.css). */
    public static final String STYLE = "heading-in-pieces";

    private static final String UNPADDED = "-fx-padding: 0;";

    private HeadingPieces() {
    }

    /** Shows each mixed heading of the table (nested columns included) as a row of its pieces. */
    public static void install(TableView<?> table) {
        table.getColumns().forEach(HeadingPieces::install);
    }

    private static void install(TableColumnBase<?, ?> column) {
        column.getColumns().forEach(HeadingPieces::install);
        if (AmountLabels.pieces(column.getText()).size() <= 1 || column.getStyleClass().contains(STYLE)) {
            return;
        }
        Label heading = new Label();
        // The theme pads every label of a heading by half an em each side: between pieces, wide gaps in the words.
        heading.setStyle(UNPADDED);
        heading.graphicProperty().addListener((obs, old, row) -> unpad(row));
        heading.textProperty().bind(column.textProperty());
        AmountLabels.install(heading);
        column.setGraphic(heading);
        column.getStyleClass().add(STYLE);
    }

    private static void unpad(Node row) {
        if (row instanceof Parent pieces) {
            pieces.getChildrenUnmodifiable().forEach(piece -> piece.setStyle(UNPADDED));
        }
    }
}
