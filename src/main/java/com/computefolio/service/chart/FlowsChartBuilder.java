package com.computefolio.service.chart;

import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.DealView;
import com.computefolio.service.FlowRow;
import com.computefolio.service.Flows;
import com.computefolio.service.LocalNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model of the flows chart, from the {@link Flows} of the request's filter: one category per
 * buyer and counterparty with money either way, three series over them (money out as negative
 * values, money in as positive ones, the net), and a footnote that names the circular pairs with
 * the share of their purchases the seller's investment could pay for. The same value the
 * {@code flows} command prints, so the chart and the table cannot disagree.
 */
final class FlowsChartBuilder {

    private static final ChartColor OUT_COLOUR = ChartColor.of(0xE15759);
    private static final ChartColor IN_COLOUR = ChartColor.of(0x59A14F);
    private static final ChartColor NET_COLOUR = ChartColor.of(0x2F2F2F);

    private final AnalysisService analysis;
    private final ChartText text;
    private final ChartNotes notes;
    private final ValueFormat format;

    FlowsChartBuilder(AnalysisService analysis, ChartText text) {
        this.analysis = analysis;
        this.text = text;
        this.format = new ValueFormat(text);
        this.notes = new ChartNotes(text);
    }

    ChartModel build(Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated, String title) {
        DealSelection selection = analysis.select(portfolio, DealSelectionQuery.of(request.filter()));
        Flows flows = LocalNames.of(portfolio, text.locale()).flows(selection.flows());
        List<FlowRow> drawn = flows.rows().stream().filter(r -> r.outMinor() != 0 || r.inMinor() != 0).toList();
        boolean severalBuyers = drawn.stream().map(FlowRow::buyerId).distinct().count() > 1;

        List<String> labels = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        List<Long> in = new ArrayList<>();
        List<Long> net = new ArrayList<>();
        for (FlowRow row : drawn) {
            String label = severalBuyers ? text.get("flows.category.buyer", row.counterpartyName(), row.buyerName())
                    : row.counterpartyName();
            labels.add(row.circular() ? text.get("flows.category.circular", label) : label);
            out.add(-row.outMinor());
            in.add(row.inMinor());
            net.add(row.netMinor());
        }
        Set<String> pairs = new LinkedHashSet<>();
        drawn.forEach(r -> pairs.add(pair(r.buyerId(), r.counterpartyId())));
        List<DealView> views = selection.rows().stream()
                .filter(v -> pairs.contains(pair(v.deal().buyerId(), v.deal().counterpartyId())))
                .filter(v -> v.revision().status().isLive())
                .toList();
        List<String> outDeals = dealIds(views, MoneyDirection.COMMITMENT);
        List<String> inDeals = dealIds(views, MoneyDirection.INFLOW);
        List<String> allDeals = views.stream().map(v -> v.deal().id()).toList();

        List<ChartSeries> series = List.of(
                new ChartSeries(FlowSeries.OUT, FlowSeries.OUT, text.get("flows.series.out"), null, SeriesStyle.SOLID, OUT_COLOUR, out, outDeals,
                        flows.total().caveats()),
                new ChartSeries(FlowSeries.IN, FlowSeries.IN, text.get("flows.series.in"), null, SeriesStyle.SOLID, IN_COLOUR, in, inDeals, Map.of()),
                new ChartSeries(FlowSeries.NET, FlowSeries.NET, text.get("flows.series.net"), null, SeriesStyle.SOLID, NET_COLOUR, net, allDeals,
                        Map.of()));
        List<LegendEntry> legend = series.stream().map(s -> LegendEntry.group(s.groupKey(), s.label(), s.colour())).toList();

        List<Source> sources = new ArrayList<>();
        views.forEach(v -> sources.addAll(DealSources.of(v)));
        SourceIndex index = sharedIndex != null ? sharedIndex : SourceIndex.of(sources);
        List<SourceRef> refs = index.refsFor(sources);

        LocalDate asOf = request.filter().asOf();
        String subtitle = notes.subtitle(text.get("chart.subtitle.flows"), request.filter(), portfolio.partiesById(), asOf,
                generated, allDeals.size());
        String footnote = notes.footnote(refs, List.of(), flows.total().caveats(), null);
        if (!flows.isEmpty()) {
            footnote += "\n" + circularNote(flows);
        }
        return new ChartModel(request, title, subtitle, footnote, text.get("axis.flows.counterparty"),
                text.get("axis.flows.money"), ValueUnit.BILLIONS, flows.currency(), List.of(), labels, series, legend, List.of(),
                refs, List.of(), asOf, generated, null);
    }

    /** "Circular (the seller also invests): Microsoft $13B in for $250B out (5.2%); ..." or that there are none. */
    private String circularNote(Flows flows) {
        List<FlowRow> circular = flows.circularRows();
        if (circular.isEmpty()) {
            return text.get("flows.footnote.noCircular");
        }
        List<String> parts = new ArrayList<>();
        for (FlowRow r : circular) {
            parts.add(text.get("flows.footnote.pair", r.counterpartyName(), format.money(r.inMinor(), flows.currency()),
                    format.money(r.outMinor(), flows.currency()), r.financedPercent().orElseThrow().toPlainString()));
        }
        return text.get("flows.footnote.circular", String.join("; ", parts),
                flows.circularFinancedPercent().orElseThrow().toPlainString());
    }

    private static List<String> dealIds(List<DealView> views, MoneyDirection direction) {
        return views.stream().filter(v -> v.deal().direction() == direction).map(v -> v.deal().id()).toList();
    }

    private static String pair(String buyerId, String counterpartyId) {
        return buyerId + "\u0000" + counterpartyId;
    }
}
