package com.computefolio.service.render;

import com.computefolio.service.chart.FigureMark;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The hatching's lines over a rectangle, each cut to the rectangle by arithmetic instead
 * of by a clip: the same grid, the same lines where they cross the bar, the dashes in the same
 * places (the cut start of a dashed line carries the dash phase it had there). For a screen where
 * a clip costs a blend over the whole canvas (the hatching's clip-free hint).
 */
final class CutHatching {

    private CutHatching() {
    }

    static void lines(Graphics2D g2, Rectangle2D box, FigureMark mark) {
        double x0 = box.getMinX();
        double x1 = box.getMaxX();
        double y0 = box.getMinY();
        double y1 = box.getMaxY();
        switch (mark) {
            case REPORTED, ESTIMATE -> {
                boolean rising = mark == FigureMark.REPORTED;
                double step = HatchGrid.DIAGONAL_STEP;
                double from = rising ? x0 + y0 : x0 - y1;
                double to = rising ? x1 + y1 : x1 - y0;
                for (double c = Math.floor(from / step) * step; c <= to; c += step) {
                    // "/" is x = c - y, "\\" is x = y + c: the part of each with x and y inside the box.
                    double low = Math.max(y0, rising ? c - x1 : x0 - c);
                    double high = Math.min(y1, rising ? c - x0 : x1 - c);
                    if (low <= high) {
                        g2.draw(rising ? new Line2D.Double(c - high, high, c - low, low) : new Line2D.Double(c + low, low, c + high, high));
                    }
                }
            }
            case CEILING -> {
                for (double y = Math.ceil(y0 / HatchGrid.HORIZONTAL_STEP) * HatchGrid.HORIZONTAL_STEP; y <= y1; y += HatchGrid.HORIZONTAL_STEP) {
                    g2.draw(new Line2D.Double(x0, y, x1, y));
                }
            }
            case ASSUMED -> {
                double start = Math.floor(y0 / HatchGrid.DASH_GRID) * HatchGrid.DASH_GRID;
                if (g2.getStroke() instanceof BasicStroke dashed && dashed.getDashArray() != null) {
                    g2.setStroke(new BasicStroke(dashed.getLineWidth(), dashed.getEndCap(), dashed.getLineJoin(),
                            dashed.getMiterLimit(), dashed.getDashArray(), dashed.getDashPhase() + (float) (y0 - start)));
                }
                for (double x = Math.ceil(x0 / HatchGrid.VERTICAL_STEP) * HatchGrid.VERTICAL_STEP; x <= x1; x += HatchGrid.VERTICAL_STEP) {
                    g2.draw(new Line2D.Double(x, y0, x, y1));
                }
            }
            case REMAINDER -> throw new IllegalArgumentException("dots are drawn through a clip");
        }
    }
}
