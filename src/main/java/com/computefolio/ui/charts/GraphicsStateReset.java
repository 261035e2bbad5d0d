package com.computefolio.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.event.OverlayChangeListener;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.overlay.OverlayFX;

/**
 * Works around a redraw bug of JFreeChart's JavaFX canvas: the canvas restores its graphics context
 * after each drawing, but the Graphics2D bridge on top still believes the last paint, font and
 * stroke are set, so the next drawing skips setting them again. The chart background (white, like
 * the last bar outline) then came out black and the footnote in the default font, overflowing the
 * chart. Painted last as an overlay, this sets values no chart uses, so the next drawing sets each
 * of its own for real.
 */
final class GraphicsStateReset implements OverlayFX {
    private static final Color UNUSED_PAINT = new Color(1, 2, 3, 0);
    private static final Font UNUSED_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);

    @Override
    public void paintOverlay(Graphics2D g2, ChartCanvas canvas) {
        g2.setPaint(UNUSED_PAINT);
        g2.setFont(UNUSED_FONT);
        // Compared by identity: a fresh stroke is never the one the chart set last.
        g2.setStroke(new BasicStroke(0.5f));
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartPanel panel) {
        // Only the JavaFX canvas has the problem.
    }

    @Override
    public void addChangeListener(OverlayChangeListener listener) {
        // Never changes.
    }

    @Override
    public void removeChangeListener(OverlayChangeListener listener) {
        // Never changes.
    }
}
