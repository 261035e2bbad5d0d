package com.computefolio.ui.charts;

import com.computefolio.service.chart.CellIndex;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.LegendEntry;
import com.computefolio.service.chart.TimelineBar;
import java.awt.Color;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * The groups (legend entries) the user has switched off, applied to a chart model. On screen a
 * hidden group keeps its legend entry, greyed, so that a second click brings it back; its series
 * keep their index (with zero values) so that clicks and tooltips still find the right cell. An
 * export leaves hidden groups out altogether: the file shows what the screen shows.
 */
public final class HiddenGroups {
    static final Color HIDDEN_SWATCH = new Color(0xDDDDDD);
    static final Color HIDDEN_LABEL = new Color(0x9A9A9A);

    private final Set<String> keys;

    private HiddenGroups(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    public static HiddenGroups none() {
        return new HiddenGroups(Set.of());
    }

    public static HiddenGroups of(Set<String> groupKeys) {
        return new HiddenGroups(groupKeys);
    }

    public Set<String> keys() {
        return keys;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The model to draw on screen: hidden series flattened to zero, hidden bars left out, legend kept. */
    public ChartModel onScreen(ChartModel model) {
        if (keys.isEmpty()) {
            return model;
        }
        // A chart has series or bars, never both: flattening the one and filtering the other suits every kind.
        List<ChartSeries> series = model.series().stream().map(s -> keys.contains(s.groupKey()) ? flattened(s) : s).toList();
        return copy(model, series, model.legend(), visibleBars(model), model.cells());
    }

    /** The model to export: hidden groups are gone from the series, the bars and the legend. */
    public ChartModel forExport(ChartModel model) {
        if (keys.isEmpty()) {
            return model;
        }
        List<LegendEntry> legend = model.legend().stream()
                .filter(e -> e.kind() != LegendEntry.Kind.GROUP || !keys.contains(e.key())).toList();
        List<ChartSeries> series = model.series().stream().filter(s -> !keys.contains(s.groupKey())).toList();
        // Cells are indexed by series position, which dropping series shifts; exports draw no tooltips.
        return copy(model, series, legend, visibleBars(model), CellIndex.empty());
    }

    /**
     * Marks the hidden groups in a chart drawn from {@link #onScreen}: their series are not drawn
     * at all (not even an outline) and their legend entries turn grey.
     */
    public void applyTo(JFreeChart chart, ChartModel screenModel) {
        if (keys.isEmpty() || !(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        // Series of the screen model are the plot's series (a timeline has none; its hidden bars are left out of the model).
        XYItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < screenModel.series().size(); i++) {
            if (keys.contains(screenModel.series().get(i).groupKey())) {
                renderer.setSeriesVisible(i, false, false);
            }
        }
        LegendItemCollection fixed = plot.getFixedLegendItems();
        if (fixed == null) {
            return;
        }
        for (int i = 0; i < fixed.getItemCount(); i++) {
            LegendItem item = fixed.get(i);
            if (item.getSeriesKey() != null && keys.contains(item.getSeriesKey().toString())) {
                item.setFillPaint(HIDDEN_SWATCH);
                item.setOutlinePaint(HIDDEN_LABEL);
                item.setLabelPaint(HIDDEN_LABEL);
            }
        }
        // A fresh collection makes the plot (and with it the legend) redraw.
        plot.setFixedLegendItems(copyOf(fixed));
    }

    private List<TimelineBar> visibleBars(ChartModel model) {
        return model.bars().stream().filter(b -> !keys.contains(b.kind().name())).toList();
    }

    private static ChartSeries flattened(ChartSeries s) {
        List<Long> zeros = Collections.nCopies(s.values().size(), 0L);
        return new ChartSeries(s.key(), s.groupKey(), s.label(), s.confidence(), s.style(), s.colour(), zeros, s.dealIds(), s.caveats());
    }

    private static LegendItemCollection copyOf(LegendItemCollection items) {
        LegendItemCollection copy = new LegendItemCollection();
        copy.addAll(items);
        return copy;
    }

    private static ChartModel copy(ChartModel m, List<ChartSeries> series, List<LegendEntry> legend, List<TimelineBar> bars,
                                   CellIndex cells) {
        return new ChartModel(m.request(), m.title(), m.subtitle(), m.footnote(), m.timeAxisLabel(), m.valueAxisLabel(), m.unit(),
                m.currency(), m.periodStarts(), m.periodLabels(), series, legend, bars, m.sources(), m.undisclosedDealIds(),
                m.asOf(), m.generated(), cells, m.overlays(), m.ranges());
    }
}
