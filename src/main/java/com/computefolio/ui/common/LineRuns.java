package com.computefolio.ui.common;

import java.util.List;
import javafx.geometry.NodeOrientation;

/**
 * The runs of one line of a right-to-left paragraph that {@link WrappedText} draws apart, each in its own direction:
 * the runs {@link AmountLabels} draws a single line with (the one road for mixed lines), so a wrapped paragraph's
 * lines read as a label's line does: brackets and quote marks among Arabic words mirrored, a bracket a Latin word
 * opens but does not close ("(Shift" in "(Shift مع النقر)") and the stop after it ("(F9).") given back to the
 * sentence.
 */
final class LineRuns {

    private LineRuns() {
    }

    public static List<AmountLabels.Piece> of(String line, boolean rightToLeft) {
        return AmountLabels.runs(line, rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }
}
