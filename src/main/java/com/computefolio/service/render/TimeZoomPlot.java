package com.computefolio.service.render;

import java.awt.geom.Point2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A plot whose zoom and pan change only the axis across it (time, or a flows chart's columns):
 * the mouse wheel, a zoom drag and any keyboard zoom of the window go through {@code zoom...Axes}
 * and {@code pan...Axes}, which leave the other axis (money, GW, the timeline's rows) alone. That
 * axis ranges itself over what is in view ({@link ZeroBasedAxis}) or shows every row.
 */
final class TimeZoomPlot extends XYPlot {

    /** Whether the zoomable axis is the domain axis (periodic and flows charts) or the range axis (the timeline). */
    private final boolean acrossIsDomain;

    TimeZoomPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer, boolean acrossIsDomain) {
        super(dataset, domainAxis, rangeAxis, renderer);
        this.acrossIsDomain = acrossIsDomain;
    }

    @Override
    public boolean isDomainZoomable() {
        return acrossIsDomain;
    }

    @Override
    public boolean isRangeZoomable() {
        return !acrossIsDomain;
    }

    @Override
    public boolean isDomainPannable() {
        return acrossIsDomain && super.isDomainPannable();
    }

    @Override
    public boolean isRangePannable() {
        return !acrossIsDomain && super.isRangePannable();
    }

    @Override
    public void zoomDomainAxes(double factor, PlotRenderingInfo info, Point2D source, boolean useAnchor) {
        if (acrossIsDomain) {
            super.zoomDomainAxes(factor, info, source, useAnchor);
        }
    }

    @Override
    public void zoomDomainAxes(double lowerPercent, double upperPercent, PlotRenderingInfo info, Point2D source) {
        if (acrossIsDomain) {
            super.zoomDomainAxes(lowerPercent, upperPercent, info, source);
        }
    }

    @Override
    public void zoomRangeAxes(double factor, PlotRenderingInfo info, Point2D source, boolean useAnchor) {
        if (!acrossIsDomain) {
            super.zoomRangeAxes(factor, info, source, useAnchor);
        }
    }

    @Override
    public void zoomRangeAxes(double lowerPercent, double upperPercent, PlotRenderingInfo info, Point2D source) {
        if (!acrossIsDomain) {
            super.zoomRangeAxes(lowerPercent, upperPercent, info, source);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj) && obj instanceof TimeZoomPlot other && other.acrossIsDomain == acrossIsDomain;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Boolean.hashCode(acrossIsDomain);
    }
}
