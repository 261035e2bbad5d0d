package com.computefolio.ui.charts;

import com.computefolio.domain.Source;
import com.computefolio.service.chart.CellIndex;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.PeriodLabels;
import com.computefolio.service.chart.SourceRef;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.text.Texts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a tooltip over a chart says: the amount of the segment, the deals behind it with their
 * amounts, and where each figure comes from ("[3] Bloomberg"), numbered like the chart's footnote.
 */
public final class ChartTooltipText {
    /** More deals than this are summarised as "and n more" so the tooltip stays on screen. */
    static final int NAMED_DEALS = 6;

    private final ResourceBundle bundle;
    private final ValueFormat format;

    public ChartTooltipText(ResourceBundle bundle) {
        this.bundle = bundle;
        this.format = new ValueFormat(Texts.forLocale(bundle.getLocale()));
    }

    /** The tooltip of one segment (series × period) of a periodic chart. */
    public String cell(ChartModel model, int seriesIndex, int periodIndex, DealSourceLookup sources) {
        ChartSeries series = model.series().get(seriesIndex);
        String amount = format.value(series.values().get(periodIndex), model.unit(), model.currency());
        String pattern = model.request().cumulative()
                ? bundle.getString("charts.tooltip.cell.cumulative") : bundle.getString("charts.tooltip.cell");
        StringBuilder text = new StringBuilder(fill(pattern, series.label(), PeriodLabels.of(model, periodIndex, bundle.getLocale()), amount));
        List<CellIndex.CellDeal> deals = model.cells().deals(seriesIndex, periodIndex);
        Map<String, SourceRef> numbered = numbered(model);
        for (CellIndex.CellDeal deal : deals.subList(0, Math.min(NAMED_DEALS, deals.size()))) {
            String dealAmount = format.value(deal.amount(), model.unit(), model.currency());
            String cited = cite(sources.of(deal.dealId()), numbered);
            text.append('\n').append(cited.isEmpty()
                    ? fill(bundle.getString("charts.tooltip.deal"), deal.title(), dealAmount)
                    : fill(bundle.getString("charts.tooltip.deal.sources"), deal.title(), dealAmount, cited));
        }
        if (deals.size() > NAMED_DEALS) {
            text.append('\n').append(fill(bundle.getString("charts.tooltip.more"), deals.size() - NAMED_DEALS));
        }
        return text.toString();
    }

    /** A timeline bar's own description followed by the deal's sources. */
    public String bar(ChartModel model, String barText, String dealId, DealSourceLookup sources) {
        String cited = cite(sources.of(dealId), numbered(model));
        return cited.isEmpty() ? barText : barText + "\n" + fill(bundle.getString("charts.tooltip.sources"), cited);
    }

    private static Map<String, SourceRef> numbered(ChartModel model) {
        return model.sources().stream().collect(Collectors.toMap(r -> r.source().id(), Function.identity(), (a, b) -> a));
    }

    /** "[3] Bloomberg, [7] WSJ": the footnote's number where the chart cites the source. */
    private static String cite(List<Source> sources, Map<String, SourceRef> numbered) {
        return sources.stream().map(s -> {
            SourceRef ref = numbered.get(s.id());
            return ref == null ? s.publisher() : "[" + ref.number() + "] " + s.publisher();
        }).distinct().collect(Collectors.joining(", "));
    }

    private String fill(String pattern, Object... args) {
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
