package com.computefolio.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.event.OverlayChangeEvent;
import org.jfree.chart.event.OverlayChangeListener;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.overlay.OverlayFX;
import org.jfree.data.xy.XYDataset;

/**
 * The outline of the segment, bar or marker whose deals a click selected, drawn over the chart on
 * screen (never into an export) until another click or Escape. It remembers what was clicked
 * (dataset, series, item), not where: after a zoom or pan it outlines the same segment where it
 * is drawn now, and nothing while that segment is out of view.
 */
final class SelectionMark implements OverlayFX {
    static final Color EDGE = new Color(0x111111);
    private static final Color SHADE = new Color(0, 0, 0, 40);
    private static final BasicStroke STROKE = new BasicStroke(2.5f);

    private final List<OverlayChangeListener> listeners = new ArrayList<>();
    private XYItemEntity marked;

    void mark(XYItemEntity entity) {
        marked = entity;
        changed();
    }

    void clear() {
        if (marked != null) {
            marked = null;
            changed();
        }
    }

    boolean isMarked() {
        return marked != null;
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartCanvas canvas) {
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (marked == null || info == null || info.getEntityCollection() == null) {
            return;
        }
        Shape shape = shapeOf(info.getEntityCollection().getEntities(), marked.getDataset(), marked.getSeriesIndex(),
                marked.getItem(), info.getPlotInfo().getDataArea());
        if (shape == null) {
            return;
        }
        g2.setPaint(SHADE);
        g2.fill(shape);
        g2.setPaint(EDGE);
        g2.setStroke(STROKE);
        g2.draw(shape);
    }

    /**
     * Where the marked item is drawn now, within the data area: its entity's area less those of the
     * series under it at the same item. Bars of a stack do not overlap, so this changes nothing for
     * them; a running total's area reaches down to zero and would otherwise outline the groups below too.
     */
    static Shape shapeOf(Collection<?> entities, XYDataset dataset, int series, int item, Rectangle2D dataArea) {
        Area shape = null;
        List<Shape> below = new ArrayList<>();
        for (Object o : entities) {
            if (o instanceof XYItemEntity e && e.getDataset() == dataset && e.getItem() == item) {
                if (e.getSeriesIndex() == series) {
                    shape = new Area(e.getArea());
                } else if (e.getSeriesIndex() < series) {
                    below.add(e.getArea());
                }
            }
        }
        if (shape == null) {
            return null;
        }
        for (Shape under : below) {
            shape.subtract(new Area(under));
        }
        shape.intersect(new Area(dataArea));
        return shape.isEmpty() ? null : shape;
    }

    private void changed() {
        OverlayChangeEvent event = new OverlayChangeEvent(this);
        List.copyOf(listeners).forEach(l -> l.overlayChanged(event));
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartPanel panel) {
        // Only the JavaFX canvas shows a selection.
    }

    @Override
    public void addChangeListener(OverlayChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(OverlayChangeListener listener) {
        listeners.remove(listener);
    }
}
