package com.computefolio.ui.common;

import com.computefolio.ui.common.AmountLabels.Piece;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;

/**
 * One line of a cell that mixes Arabic with brackets, amounts or Latin names ("أوبن إيه آي (OpenAI)", a title with
 * "$300B", "مايكروسوفت (أزور)"), drawn as the runs of {@link AmountLabels#runs}, each in a label of its own, because JavaFX orders such a
 * line wrongly, worst when it truncates it. When the cell is too narrow the runs are shown from the line's start (the
 * right in Arabic) as far as they fit and the cell's ellipsis closes the line at its logical end (the left): a run of the
 * line's own direction may be cut by its label (an Arabic run's ellipsis is also on its left); a run of the other
 * direction is never cut, so no ellipsis ever stands in the middle of the line.
 *
 * <p>A cell is reused for many rows: the labels are kept and only their texts change, so scrolling a long table
 * creates no nodes once each visible cell has shown its longest line.
 */
public final class MixedLine extends Region {
    private static final double GAP = 4;
    private final Labeled owner;
    private final List<Label> parts = new ArrayList<>();
    private final Label ellipsis;
    private List<Piece> pieces = List.of();

    /** A line drawn in the owner's font and text colour (a selected row's white included). */
    public MixedLine(Labeled owner) {
        this.owner = owner;
        getStyleClass().add("mixed-line");
        ellipsis = part();
        ellipsis.textProperty().bind(owner.ellipsisStringProperty());
        ellipsis.setNodeOrientation(NodeOrientation.INHERIT);
    }

    /**
     * Shows the line when it mixes directions (more than one run); returns false, showing nothing, when the owner can
     * draw it as plain text.
     */
    public boolean show(String line) {
        List<Piece> next = line == null || line.indexOf('\n') >= 0 ? List.of() : AmountLabels.runs(line);
        if (next.size() < 2) {
            pieces = List.of();
            return false;
        }
        pieces = next;
        setNodeOrientation(Directions.ofText(line));
        while (parts.size() < pieces.size()) {
            parts.add(part());
        }
        for (int i = 0; i < parts.size(); i++) {
            Label part = parts.get(i);
            if (i < pieces.size()) {
                Piece piece = pieces.get(i);
                part.setText(piece.text());
                part.setNodeOrientation(piece.leftToRight() ? NodeOrientation.LEFT_TO_RIGHT : NodeOrientation.INHERIT);
            } else {
                part.setText(null);
                part.setVisible(false);
            }
        }
        requestLayout();
        return true;
    }

    /** The runs shown, in logical order (for tests and for what a screen reader reads: the owner keeps the whole text). */
    List<Piece> pieces() {
        return pieces;
    }

    /** The labels that are drawn, in logical order, and the ellipsis when it is (for tests). */
    List<Label> shown() {
        List<Label> shown = new ArrayList<>();
        for (Label part : parts) {
            if (part.isVisible()) {
                shown.add(part);
            }
        }
        if (ellipsis.isVisible()) {
            shown.add(ellipsis);
        }
        return shown;
    }

    private Label part() {
        Label part = new Label();
        // No "label" class: the owner's font and colour (a cell's, which change with selection), not a label's.
        part.getStyleClass().clear();
        part.fontProperty().bind(owner.fontProperty());
        part.textFillProperty().bind(owner.textFillProperty());
        part.setTextOverrun(OverrunStyle.ELLIPSIS);
        part.setMinWidth(0);
        part.setVisible(false);
        part.setManaged(false);
        getChildren().add(part);
        return part;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset();
        for (int i = 0; i < pieces.size(); i++) {
            width += gap(i) + parts.get(i).prefWidth(-1);
        }
        return width;
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = ellipsis.prefHeight(-1);
        for (int i = 0; i < pieces.size(); i++) {
            height = Math.max(height, parts.get(i).prefHeight(-1));
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * From the line's start, each run as wide as it asks while the rest of the line fits; then, no bracket or colon left
     * dangling before the cut, the next run of the line's own direction that gets room for more than an ellipsis is cut
     * by its label, or else the ellipsis closes the line. The region's orientation is the line's, so x runs from its
     * start (JavaFX mirrors it for right to left).
     */
    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double room = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double ellipsisWidth = ellipsis.prefWidth(-1);
        double[] at = new double[pieces.size()];
        double x = 0;
        int whole = 0;
        while (whole < pieces.size()) {
            double gap = whole == 0 ? 0 : gap(whole);
            double width = parts.get(whole).prefWidth(-1);
            double needed = whole == pieces.size() - 1 ? width : width + ellipsisWidth;
            if (x + gap + needed > room) {
                break;
            }
            at[whole] = x + gap;
            x += gap + width;
            whole++;
        }
        boolean cut = whole < pieces.size();
        while (cut && whole > 0 && isMark(pieces.get(whole - 1))) {
            whole--;
        }
        for (int i = 0; i < parts.size(); i++) {
            Label part = parts.get(i);
            if (i < whole) {
                place(part, left + at[i], top, part.prefWidth(-1), height);
            } else {
                part.setVisible(false);
            }
        }
        ellipsis.setVisible(false);
        if (!cut) {
            return;
        }
        Piece next = pieces.get(whole);
        x = whole == 0 ? 0 : at[whole - 1] + parts.get(whole - 1).prefWidth(-1);
        double gap = whole == 0 ? 0 : gap(whole);
        double rest = room - x - gap;
        boolean rightToLeft = getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        if (next.leftToRight() != rightToLeft && !isMark(next) && rest >= 2 * ellipsisWidth) {
            // The label cuts its own run and draws the ellipsis at the run's end, the line's end too.
            place(parts.get(whole), left + x + gap, top, rest, height);
        } else {
            place(ellipsis, left + x + (whole == 0 ? 0 : GAP), top, Math.min(ellipsisWidth, Math.max(0, room - x)), height);
        }
    }

    /** A run of punctuation only: a bracket, a quote mark, a colon. */
    private static boolean isMark(Piece piece) {
        return piece.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static void place(Label part, double x, double y, double width, double height) {
        part.setVisible(true);
        part.resizeRelocate(x, y, width, height);
    }

    private double gap(int i) {
        return i > 0 && pieces.get(i).spaced() ? GAP : 0;
    }
}
