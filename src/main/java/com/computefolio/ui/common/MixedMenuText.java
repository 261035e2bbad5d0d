package com.computefolio.ui.common;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * A menu item whose text names a deal or a party ("تراجع عن تعديل «أوبن إيه آي (OpenAI)»"). JavaFX 21 draws a menu
 * item's text as one line that it orders wrongly when Arabic mixes with brackets or Latin names, and draws the isolate
 * and directional marks that could fix it (U+2066-2069, U+200E/F) as boxes, as it does in labels. A menu item's graphic,
 * though, is any node, drawn where the text starts with the accelerator still in its own column: a mixed text is shown
 * there in runs ({@link AmountLabels#runs}, as text nodes) and the item's own text left empty; any other text stays the item's text,
 * with its mnemonic. The whole text stays readable as the graphic's accessible text.
 */
public final class MixedMenuText {
    private static final String STYLE = "mixed-menu-text";
    private static final double GAP = 4;

    private MixedMenuText() {
    }

    /** Keeps the item showing the text, in runs whenever it is mixed. */
    public static MenuItem bind(MenuItem item, ObservableValue<String> text) {
        text.addListener((obs, old, now) -> show(item, now));
        show(item, text.getValue());
        return item;
    }

    /** Shows a text that does not change (a saved view's name), in runs when it is mixed; returns the item. */
    public static MenuItem set(MenuItem item, String text) {
        show(item, text);
        return item;
    }

    private static void show(MenuItem item, String text) {
        String plain = item.isMnemonicParsing() ? withoutMnemonic(text) : text;
        Node line = line(plain);
        if (line == null) {
            item.setGraphic(null);
            item.setText(text);
            return;
        }
        line.setAccessibleText(plain);
        item.setText("");
        item.setGraphic(line);
    }

    /**
     * The runs side by side as text nodes: a menu draws a Text given as graphic but not a Label (measured under Xvfb:
     * labels in a menu item's graphic stayed blank). Their colour comes from the stylesheet (app.css), as the item's
     * own text does.
     */
    static HBox line(String text) {
        List<AmountLabels.Piece> runs = AmountLabels.runs(text);
        if (runs.size() < 2) {
            return null;
        }
        HBox row = new HBox();
        row.setAlignment(Pos.CENTER_LEFT);
        row.setNodeOrientation(Directions.ofText(text));
        for (AmountLabels.Piece run : runs) {
            Text part = new Text(run.text());
            part.getStyleClass().add(STYLE);
            part.setNodeOrientation(run.leftToRight() ? NodeOrientation.LEFT_TO_RIGHT : NodeOrientation.INHERIT);
            if (!row.getChildren().isEmpty() && run.spaced()) {
                HBox.setMargin(part, new Insets(0, 0, 0, GAP));
            }
            row.getChildren().add(part);
        }
        return row;
    }

    /** The text as a label shows it: the mnemonic's underscore gone ("_Undo" is "Undo"), a doubled one kept once. */
    static String withoutMnemonic(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(text.length());
        boolean removed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
                plain.append('_');
                i++;
            } else if (c == '_' && !removed) {
                removed = true;
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
