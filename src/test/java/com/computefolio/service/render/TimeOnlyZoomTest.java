package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zoom and pan change the time axis only; the value axis starts at zero and holds what is in view. */
class TimeOnlyZoomTest {

    private static JFreeChartFactory charts;

    @BeforeAll
    static void loadFonts() {
        charts = new JFreeChartFactory(ChartFonts.load(), ChartText.english());
    }

    private static ChartModel model(ChartType type, Granularity granularity) {
        return ChartFixtures.modelFactory().create(ChartFixtures.portfolio(),
                ChartRequest.of(type, GroupBy.COUNTERPARTY, granularity, DealFilter.ALL));
    }

    @Test
    void afterZoomingTimeTheValueAxisStartsAtZeroAndJustHoldsTheTallestStackInView() {
        JFreeChart chart = charts.create(model(ChartType.COMMITMENTS, Granularity.QUARTER));
        XYPlot plot = chart.getXYPlot();
        PlotRenderingInfo info = draw(chart);
        double wholeTop = plot.getRangeAxis().getUpperBound();

        // The last fifth of the time axis, where the stacks are low.
        plot.zoomDomainAxes(0.8, 1.0, info, new Point2D.Double());

        Range time = plot.getDomainAxis().getRange();
        double tallest = tallestStackBetween((IntervalXYDataset) plot.getDataset(), time.getLowerBound(), time.getUpperBound());
        Range value = plot.getRangeAxis().getRange();
        assertThat(tallest).isPositive();
        assertThat(value.getLowerBound()).isZero();
        assertThat(value.getUpperBound()).isGreaterThanOrEqualTo(tallest).isLessThanOrEqualTo(tallest * 1.1);
        assertThat(value.getUpperBound()).isLessThan(wholeTop);
    }

    @Test
    void theWheelAndZoomDragsCannotZoomOrPanTheValueAxis() {
        JFreeChart chart = charts.create(model(ChartType.COMMITMENTS, Granularity.YEAR));
        XYPlot plot = chart.getXYPlot();
        PlotRenderingInfo info = draw(chart);
        Range before = plot.getRangeAxis().getRange();
        Point2D middle = new Point2D.Double(info.getDataArea().getCenterX(), info.getDataArea().getCenterY());

        plot.zoomRangeAxes(0.5, info, middle, true);
        plot.zoomRangeAxes(0.4, 0.6, info, middle);
        plot.setRangePannable(true);
        plot.panRangeAxes(0.3, info, middle);

        assertThat(plot.isRangeZoomable()).isFalse();
        assertThat(plot.isRangePannable()).isFalse();
        assertThat(plot.getRangeAxis().getRange()).isEqualTo(before);
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
    }

    @Test
    void aRunningTotalZoomedInStillStartsAtZeroAndHoldsItsAreaUpToTheEdge() {
        ChartModel model = model(ChartType.CUMULATIVE, Granularity.YEAR);
        JFreeChart chart = charts.create(model);
        XYPlot plot = chart.getXYPlot();
        PlotRenderingInfo info = draw(chart);

        plot.zoomDomainAxes(0.0, 0.5, info, new Point2D.Double());

        Range time = plot.getDomainAxis().getRange();
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound())
                .isGreaterThanOrEqualTo(VisibleValues.highest(model, time.getLowerBound(), time.getUpperBound()));
        assertThat(plot.getRangeAxis().getUpperBound()).isLessThan(model.unit().plotted(model.grandTotal()));
    }

    @Test
    void resettingTheTimeAxisGivesTheWholeChartBack() {
        JFreeChart chart = charts.create(model(ChartType.COMMITMENTS, Granularity.YEAR));
        XYPlot plot = chart.getXYPlot();
        PlotRenderingInfo info = draw(chart);
        Range whole = plot.getRangeAxis().getRange();

        plot.zoomDomainAxes(0.8, 1.0, info, new Point2D.Double());
        plot.getDomainAxis().setAutoRange(true);

        assertThat(plot.getRangeAxis().getRange()).isEqualTo(whole);
    }

    @Test
    void theTimelineZoomsItsTimeAxisAndKeepsEveryRow() {
        JFreeChart chart = charts.create(model(ChartType.TIMELINE, Granularity.QUARTER));
        XYPlot plot = chart.getXYPlot();
        PlotRenderingInfo info = draw(chart);
        Range rows = plot.getDomainAxis().getRange();
        Range time = plot.getRangeAxis().getRange();

        plot.zoomDomainAxes(0.2, 0.4, info, new Point2D.Double());
        plot.zoomRangeAxes(0.2, 0.4, info, new Point2D.Double());

        assertThat(plot.getDomainAxis().getRange()).isEqualTo(rows);
        assertThat(plot.getRangeAxis().getRange().getLength()).isCloseTo(time.getLength() * 0.2, within(1.0));
        // The dates along the top (a tall timeline scrolls) show the same stretch, zoomed or reset.
        assertThat(plot.getRangeAxis(1).getRange()).isEqualTo(plot.getRangeAxis().getRange());
        plot.getRangeAxis().setAutoRange(true);
        assertThat(plot.getRangeAxis(1).getRange()).isEqualTo(time);
    }

    @Test
    void aLineLeavingTheViewCountsUpToTheEdge() {
        double[] xs = {0, 10, 20};
        double[] ys = {0, 100, 50};

        assertThat(VisibleValues.alongLine(xs, ys, 0, 5)).isEqualTo(50.0);
        assertThat(VisibleValues.alongLine(xs, ys, 12, 18)).isEqualTo(90.0);
        assertThat(VisibleValues.alongLine(xs, ys, 5, 20)).isEqualTo(100.0);
        assertThat(VisibleValues.alongLine(xs, ys, 30, 40)).isZero();
    }

    /** Independently of the axis: the sum of the bars of each period whose bar reaches into the view. */
    private static double tallestStackBetween(IntervalXYDataset bars, double from, double to) {
        double tallest = 0;
        for (int item = 0; item < bars.getItemCount(0); item++) {
            if (bars.getEndXValue(0, item) < from || bars.getStartXValue(0, item) > to) {
                continue;
            }
            double stack = 0;
            for (int s = 0; s < bars.getSeriesCount(); s++) {
                Number y = bars.getY(s, item);
                stack += y == null ? 0 : y.doubleValue();
            }
            tallest = Math.max(tallest, stack);
        }
        return tallest;
    }

    private static PlotRenderingInfo draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(960, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 960, 600), info);
            return info.getPlotInfo();
        } finally {
            g.dispose();
        }
    }
}
