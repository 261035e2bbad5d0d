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
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

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

    /** Punctuation among the words between amounts: ":" after "إجمالي الالتزامات", "·", «», quote marks. */
    private static final Pattern MARKS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s()\\[\\]]+");

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

    /** Keeps the label (or link) showing its text in runs whenever the text mixes Arabic and amounts; returns it. */
    public static <T extends Labeled> T install(T label) {
        label.textProperty().addListener((obs, old, now) -> show(label, now));
        show(label, label.getText());
        return label;
    }

    /** Each line of the text (lines already broken, as ArticleLines does) a row of its runs, one under another. */
    private static void show(Labeled label, String text) {
        String[] lines = text == null ? new String[0] : text.split("\n", -1);
        boolean mixed = false;
        for (String line : lines) {
            mixed |= pieces(line).size() > 1;
        }
        if (!mixed) {
            label.setGraphic(null);
            label.setContentDisplay(ContentDisplay.TEXT_ONLY);
            return;
        }
        VBox rows = new VBox();
        for (String line : lines) {
            rows.getChildren().add(row(label, line));
        }
        label.setGraphic(lines.length == 1 ? rows.getChildren().get(0) : rows);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private static HBox row(Labeled label, String line) {
        HBox row = new HBox();
        // The row reads as its words do, whatever way the pane around it runs (some are left to right in Arabic too).
        row.setNodeOrientation(Directions.ofText(line));
        row.setAlignment(Pos.CENTER_LEFT);
        List<Piece> pieces = pieces(line);
        if (pieces.isEmpty() && !line.isBlank()) {
            pieces = List.of(new Piece(line.strip(), false, false));
        }
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
        return row;
    }

    /**
     * The words between two amounts, each punctuation mark among them apart: JavaFX draws a colon, a middle dot or a
     * quote mark («», "") between Arabic words at the wrong place and moves the word beside it, but a mark on its own
     * where it belongs. Brackets stay with their words (a bracket alone would be mirrored).
     */
    private static void words(List<Piece> pieces, String text, boolean lineStart) {
        Matcher marks = MARKS.matcher(text);
        int at = 0;
        while (marks.find()) {
            run(pieces, text, at, marks.start(), lineStart);
            run(pieces, text, marks.start(), marks.end(), lineStart);
            at = marks.end();
        }
        run(pieces, text, at, text.length(), lineStart);
    }

    /** The part of the text from start to end, spaced when a space comes before its first character. */
    private static void run(List<Piece> pieces, String text, int start, int end, boolean lineStart) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        boolean spaced = first == 0 ? lineStart : Character.isWhitespace(text.charAt(first - 1));
        add(pieces, text.substring(first, end), false, spaced);
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
