package com.computefolio.service.render;

import java.util.function.DoubleBinaryOperator;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * A value axis (money, GW) that always starts at zero and reaches just above the highest value in
 * view: it follows the time axis, so zooming into a stretch of time scales the stacks of that
 * stretch to the plot's height, and it can be neither zoomed nor panned itself
 * ({@link TimeZoomPlot}). A bar never appears to start at 40, nor the axis to run below zero.
 */
final class ZeroBasedAxis extends NumberAxis {

    /** The highest value drawn between two times (UTC milliseconds). */
    private final DoubleBinaryOperator highestBetween;

    ZeroBasedAxis(String label, DoubleBinaryOperator highestBetween) {
        super(label);
        this.highestBetween = highestBetween;
        setAutoRangeIncludesZero(true);
    }

    /** Follows the time axis of the plot: each zoom or pan of time sets this axis anew. */
    void follow(ValueAxis time) {
        time.addChangeListener(event -> configure());
    }

    @Override
    protected void autoAdjustRange() {
        if (!(getPlot() instanceof XYPlot plot) || plot.getDomainAxis() == null) {
            super.autoAdjustRange();
            return;
        }
        Range time = plot.getDomainAxis().getRange();
        double top = highestBetween.applyAsDouble(time.getLowerBound(), time.getUpperBound());
        if (!(top > 0) || Double.isInfinite(top)) {
            // Nothing in view (panned past the data): keep the scale of the whole chart rather than collapse.
            top = highestBetween.applyAsDouble(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        if (!(top > 0) || Double.isInfinite(top)) {
            super.autoAdjustRange();
            return;
        }
        double upper = Math.max(top * (1 + getUpperMargin()), getAutoRangeMinimumSize());
        setRange(new Range(0, upper), false, false);
    }
}
