package com.computefolio.ui.charts;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.PeriodLabels;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.service.render.JFreeChartFactory;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.entity.XYItemEntity;

/**
 * What the note under a chart says after a click selected deals: "3 deals of CoreWeave in 2026-Q1
 * selected — shown in Deals" for a segment (its period worded as on the axis and in the tooltip),
 * "AWS cloud capacity selected — shown in Deals" for a deal's bar or marker.
 */
final class SelectionNotes {
    private final ResourceBundle bundle;

    SelectionNotes(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String of(ChartModel drawn, XYItemEntity item, List<String> dealIds) {
        if (!drawn.bars().isEmpty()) {
            String title = drawn.bars().stream().filter(b -> dealIds.contains(b.dealId())).map(TimelineBar::title)
                    .findFirst().orElse(dealIds.get(0));
            return dealIds.size() == 1 ? fill("charts.selected.deal", title) : fill("charts.selected.deals", dealIds.size());
        }
        return segment(drawn, item.getSeriesIndex(), JFreeChartFactory.periodIndexAt(drawn, item), dealIds.size());
    }

    /** The note of one segment (series × period) of a periodic chart. */
    String segment(ChartModel drawn, int seriesIndex, int period, int deals) {
        if (seriesIndex < 0 || seriesIndex >= drawn.series().size() || period < 0 || period >= drawn.periodStarts().size()) {
            return fill("charts.selected.deals", deals);
        }
        String group = drawn.series().get(seriesIndex).label();
        String when = PeriodLabels.of(drawn, period, bundle.getLocale());
        return fill(drawn.request().cumulative() ? "charts.selected.segment.cumulative" : "charts.selected.segment",
                deals, group, when);
    }

    private String fill(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
