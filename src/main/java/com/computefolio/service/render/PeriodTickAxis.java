package com.computefolio.service.render;

import com.computefolio.service.Granularity;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal time axis that names periods rather than dates: one label under the middle of each
 * period (or of every n-th when space is short), worded like the tooltips ({@link PeriodTicks}).
 * JFreeChart's own date ticks fall where its tick unit says ("Dec-2024, Jun-2025" under yearly
 * bars), which is not where the bars are.
 */
final class PeriodTickAxis extends DateAxis {

    private final List<Granularity> granularities;
    private final Locale locale;
    private final boolean atStarts;

    /**
     * @param granularities the kinds of period the axis may name, finest first
     * @param atStarts      false: a tick under each period's middle, where its bar is centred; true
     *                      (bars across many periods, the timeline): a tick and grid line at each
     *                      period's start, its name running from there into the period
     */
    PeriodTickAxis(List<Granularity> granularities, Locale locale, boolean atStarts) {
        super(null, PeriodTimes.UTC, locale);
        this.granularities = List.copyOf(granularities);
        this.locale = locale;
        this.atStarts = atStarts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        if (!RectangleEdge.isTopOrBottom(edge)) {
            return super.refreshTicks(g2, state, dataArea, edge);
        }
        g2.setFont(getTickLabelFont());
        FontMetrics metrics = g2.getFontMetrics();
        TextAnchor anchor = edge == RectangleEdge.TOP
                ? (atStarts ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_CENTER)
                : (atStarts ? TextAnchor.TOP_LEFT : TextAnchor.TOP_CENTER);
        List<DateTick> ticks = new ArrayList<>();
        for (PeriodTicks.Tick tick : PeriodTicks.of(granularities, getLowerBound(), getUpperBound(), dataArea.getWidth(),
                label -> metrics.getStringBounds(label, g2).getWidth(), locale)) {
            long at = atStarts ? tick.first() : tick.middle();
            // A period whose start is left of the view would put its name left of the axis.
            if (at >= getLowerBound()) {
                ticks.add(new DateTick(new Date(at), tick.label(), anchor, anchor, 0.0));
            }
        }
        return ticks;
    }
}
