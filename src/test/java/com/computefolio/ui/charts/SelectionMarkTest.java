package com.computefolio.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

/** Where the mark of a clicked item is drawn, from the entities of the last drawing. */
class SelectionMarkTest {
    private final DefaultXYDataset stacks = new DefaultXYDataset();
    private final Rectangle2D dataArea = new Rectangle2D.Double(0, 0, 500, 500);

    @Test
    void aBarIsMarkedWhereItIsDrawnNow() {
        XYItemEntity bar = new XYItemEntity(new Rectangle(10, 100, 20, 50), stacks, 1, 3, null, null);
        XYItemEntity under = new XYItemEntity(new Rectangle(10, 150, 20, 80), stacks, 0, 3, null, null);

        Shape shape = SelectionMark.shapeOf(List.of(under, bar), stacks, 1, 3, dataArea);

        assertThat(shape.getBounds()).isEqualTo(new Rectangle(10, 100, 20, 50));
    }

    @Test
    void aRunningTotalsBandLeavesOutTheGroupsUnderIt() {
        // Areas of stacked running totals reach down to zero: the upper one covers the lower one.
        XYItemEntity upper = new XYItemEntity(new Rectangle(10, 100, 20, 300), stacks, 1, 3, null, null);
        XYItemEntity lower = new XYItemEntity(new Rectangle(10, 250, 20, 150), stacks, 0, 3, null, null);

        Shape shape = SelectionMark.shapeOf(List.of(lower, upper), stacks, 1, 3, dataArea);

        assertThat(shape.getBounds()).isEqualTo(new Rectangle(10, 100, 20, 150));
    }

    @Test
    void anItemOutOfViewIsNotMarked() {
        XYItemEntity bar = new XYItemEntity(new Rectangle(600, 100, 20, 50), stacks, 1, 3, null, null);

        assertThat(SelectionMark.shapeOf(List.of(bar), stacks, 1, 3, dataArea)).isNull();
        assertThat(SelectionMark.shapeOf(List.of(bar), stacks, 1, 4, dataArea)).isNull();
    }
}
