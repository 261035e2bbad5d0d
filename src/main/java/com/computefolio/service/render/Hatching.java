package com.computefolio.service.render;

import com.computefolio.service.chart.FigureMark;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartHints;

/**
 * Draws the hatching of each {@link FigureMark} over an area already filled: plain line segments
 * clipped to the area. Not a {@link java.awt.TexturePaint}: JFreeSVG (5.0.7) writes only colours
 * and gradients and would fill a texture with whatever paint came before, and an image texture in
 * a PDF is a bitmap; lines are vectors in the window, SVG, PDF and PNG alike.
 *
 * <p>Lines are laid on a grid anchored at the canvas origin, not at each area, so the hatching of
 * two adjacent segments with the same mark lines up. Each mark's lines are one SVG group with the
 * id "hatch-MARK-n", which is how tests find them.
 */
final class Hatching {

    /** Distance between lines, per mark. */
    private static final double DIAGONAL_STEP = HatchGrid.DIAGONAL_STEP;
    private static final double HORIZONTAL_STEP = HatchGrid.HORIZONTAL_STEP;
    private static final double VERTICAL_STEP = HatchGrid.VERTICAL_STEP;
    private static final double DOT_STEP = 6;
    private static final double DASH_GRID = HatchGrid.DASH_GRID;

    /**
     * Set to {@code Boolean.TRUE} on a chart's rendering hints by a screen whose clipping is dear:
     * a bar's lines are then cut to the bar by arithmetic instead of a clip. JavaFX's canvas (under
     * the software renderer) blends a mask over the whole canvas for every clip, and a chart of
     * 100,000 deals hatches thousands of segments, so one frame took minutes. Exports keep the clip
     * and draw exactly as before.
     */
    public static final RenderingHints.Key CLIP_FREE = new RenderingHints.Key(0x48617463) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }
    };

    private int groups;

    /** How each mark is drawn: "/" reported, "\" estimate, horizontal lines ceiling, vertical dashes assumed, dots remainder. */
    static Stroke stroke(FigureMark mark) {
        return switch (mark) {
            case REPORTED, ESTIMATE -> new BasicStroke(0.9f);
            case CEILING -> new BasicStroke(0.9f);
            case ASSUMED -> new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);
            case REMAINDER -> new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.01f, 6f}, 0f);
        };
    }

    /** The colour of the lines: white on a solid fill, the series' darker edge on a light one. */
    static Color ink(boolean solidFill, Color edge) {
        return solidFill ? Color.WHITE : edge;
    }

    /** Draws every mark's lines over {@code area}; the graphics' clip, paint and stroke are left as they were. */
    void paint(Graphics2D g2, Shape area, Set<FigureMark> marks, Color ink) {
        if (marks.isEmpty()) {
            return;
        }
        Shape oldClip = g2.getClip();
        Paint oldPaint = g2.getPaint();
        Stroke oldStroke = g2.getStroke();
        Object oldAntialias = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // Dots are round and wider than a line: those near a bar's edge still need the clip.
        boolean cut = area instanceof Rectangle2D && Boolean.TRUE.equals(g2.getRenderingHint(CLIP_FREE))
                && !marks.contains(FigureMark.REMAINDER);
        if (!cut) {
            g2.clip(area);
        }
        g2.setPaint(ink);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Rectangle2D box = area.getBounds2D();
        for (FigureMark mark : FigureMark.values()) {
            if (marks.contains(mark)) {
                g2.setRenderingHint(ChartHints.KEY_BEGIN_ELEMENT, Map.of("id", "hatch-" + mark.name() + "-" + (++groups),
                        "ref", mark.name()));
                g2.setStroke(stroke(mark));
                if (cut) {
                    CutHatching.lines(g2, box, mark);
                } else {
                    lines(g2, box, mark);
                }
                g2.setRenderingHint(ChartHints.KEY_END_ELEMENT, Boolean.TRUE);
            }
        }
        g2.setStroke(oldStroke);
        g2.setPaint(oldPaint);
        if (!cut) {
            g2.setClip(oldClip);
        }
        if (oldAntialias != null) {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, oldAntialias);
        }
    }

    private static void lines(Graphics2D g2, Rectangle2D box, FigureMark mark) {
        double x0 = box.getMinX();
        double x1 = box.getMaxX();
        double y0 = box.getMinY();
        double y1 = box.getMaxY();
        switch (mark) {
            case REPORTED, ESTIMATE -> {
                // Lines x + y = c ("/") or x - y = c ("\"), c on a grid so neighbours line up.
                boolean rising = mark == FigureMark.REPORTED;
                double from = rising ? x0 + y0 : x0 - y1;
                double to = rising ? x1 + y1 : x1 - y0;
                for (double c = Math.floor(from / DIAGONAL_STEP) * DIAGONAL_STEP; c <= to; c += DIAGONAL_STEP) {
                    g2.draw(rising ? new Line2D.Double(c - y1, y1, c - y0, y0) : new Line2D.Double(c + y0, y0, c + y1, y1));
                }
            }
            case CEILING -> {
                for (double y = Math.ceil(y0 / HORIZONTAL_STEP) * HORIZONTAL_STEP; y <= y1; y += HORIZONTAL_STEP) {
                    g2.draw(new Line2D.Double(x0, y, x1, y));
                }
            }
            case ASSUMED -> {
                for (double x = Math.ceil(x0 / VERTICAL_STEP) * VERTICAL_STEP; x <= x1; x += VERTICAL_STEP) {
                    g2.draw(new Line2D.Double(x, Math.floor(y0 / DASH_GRID) * DASH_GRID, x, y1));
                }
            }
            case REMAINDER -> {
                // Dotted rows, every other row shifted by half a step: a field of dots.
                int row = 0;
                for (double y = Math.ceil(y0 / DOT_STEP) * DOT_STEP; y <= y1; y += DOT_STEP, row++) {
                    double shift = (row % 2) * DOT_STEP / 2;
                    g2.draw(new Line2D.Double(Math.floor(x0 / DOT_STEP) * DOT_STEP + shift, y, x1, y));
                }
            }
        }
    }
}
