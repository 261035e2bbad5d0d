package com.computefolio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Labels that show an amount ("$924B", "1.2 GW", "24") inside Arabic words. JavaFX 21 on Linux orders the runs of
 * such a mixed line wrongly ("924B$", the number beside the wrong word, the colon at the far end), and draws the
 * bidirectional isolate marks (U+2066-2069) and the right-to-left mark as boxes, so marks cannot fix it. A line with an
 * Arabic letter is therefore shown as a row of pieces, each run in a label of its own (an amount left to right), that
 * the row lays out in the window's direction; the label's own text stays the whole line (what tests, copies and
 * screen readers read). Text without Arabic is shown as before.
 */
public final class AmountLabels {
    /** A date ("2025-11-03"), or an amount or number with its sign, currency and unit: "$924B", "−US$3.5B", "1.2 GW". */
    private static final Pattern AMOUNT = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?(?!\\d)"
            + "|[−\\-+]?(?:[A-Z]{1,3}\\s?)?\\p{Sc}?[−\\-]?\\d[\\d.,\u066B\u066C]*(?:\\s?(?:[KMBT]|GW|MW|kW|%))?(?![\\p{L}\\d])");
    private static final double GAP = 4;

    private AmountLabels() {
    }

    /** Punctuation at either end of the words between amounts: ":" after "إجمالي الالتزامات". */
    private static final Pattern EDGES = Pattern.compile("^([^\\p{L}\\p{N}]*)(.*?)([^\\p{L}\\p{N}]*)$", Pattern.DOTALL);

    /**
     * One run of the line: its text (without the spaces around it), whether it reads left to right on its own, and
     * whether a space came before it (none between a word and its colon).
     */
    public record Piece(String text, boolean leftToRight, boolean spaced) {
    }

    /** The line cut into runs: the amounts left to right, the words between them as they are; empty when not mixed. */
    public static List<Piece> pieces(String line) {
        List<Piece> pieces = new ArrayList<>();
        if (line == null || !hasRightToLeft(line)) {
            return pieces;
        }
        Matcher matcher = AMOUNT.matcher(line);
        int at = 0;
        while (matcher.find()) {
            words(pieces, line.substring(at, matcher.start()), at == 0);
            add(pieces, matcher.group(), true, matcher.start() == 0 || Character.isWhitespace(line.charAt(matcher.start() - 1)));
            at = matcher.end();
        }
        words(pieces, line.substring(at), at == 0);
        return pieces;
    }

    /** Keeps the label showing its text in runs whenever the text mixes Arabic and amounts; returns it. */
    public static Label install(Label label) {
        label.textProperty().addListener((obs, old, now) -> show(label, now));
        show(label, label.getText());
        return label;
    }

    private static void show(Label label, String text) {
        List<Piece> pieces = pieces(text);
        if (pieces.size() < 2) {
            label.setGraphic(null);
            label.setContentDisplay(ContentDisplay.TEXT_ONLY);
            return;
        }
        HBox row = new HBox();
        // The row reads as its words do, whatever way the pane around it runs (some are left to right in Arabic too).
        row.setNodeOrientation(Directions.ofText(text));
        row.setAlignment(Pos.CENTER_LEFT);
        for (Piece piece : pieces) {
            Label part = new Label(piece.text());
            part.getStyleClass().addAll(label.getStyleClass());
            part.getStyleClass().remove("label");
            part.getStyleClass().add(0, "label");
            part.setId(null);
            part.setNodeOrientation(piece.leftToRight() ? NodeOrientation.LEFT_TO_RIGHT : NodeOrientation.INHERIT);
            part.setMinWidth(Label.USE_PREF_SIZE);
            if (!row.getChildren().isEmpty() && piece.spaced()) {
                // The leading side: the row, mirrored in Arabic, mirrors its margins too.
                HBox.setMargin(part, new Insets(0, 0, 0, GAP));
            }
            row.getChildren().add(part);
        }
        label.setGraphic(row);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * The words between two amounts, their end punctuation apart: JavaFX draws a colon that ends Arabic words at their
     * start instead of their end, but a colon on its own where it belongs.
     */
    private static void words(List<Piece> pieces, String text, boolean lineStart) {
        boolean spaced = lineStart || text.isEmpty() || Character.isWhitespace(text.charAt(0));
        Matcher edges = EDGES.matcher(text.strip());
        if (!edges.matches() || edges.group(2).isEmpty()) {
            add(pieces, text, false, spaced);
            return;
        }
        String lead = edges.group(1);
        String tail = edges.group(3);
        add(pieces, lead, false, spaced);
        add(pieces, edges.group(2), false, lead.isEmpty() ? spaced : lead.endsWith(" "));
        add(pieces, tail, false, tail.startsWith(" "));
    }

    private static void add(List<Piece> pieces, String text, boolean leftToRight, boolean spaced) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            pieces.add(new Piece(trimmed, leftToRight, spaced));
        }
    }

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
