package com.computefolio.service.chart;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.ScenarioTotals;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineMode;
import com.computefolio.service.TimelineQuery;
import com.computefolio.service.TimelineSeries;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model of the compare chart: one series per scenario, the running total of the filtered deals'
 * money under that scenario at the end of each period. The totals in the legend are those of
 * {@link AnalysisService#compare}, the call behind the {@code compare} command and the Compare tab,
 * so the chart, the table and the command cannot disagree; the lines are the same deals' cumulative
 * timelines under each scenario, which end at those totals.
 */
final class CompareChartBuilder {

    private final AnalysisService analysis;
    private final ChartText text;
    private final ChartNotes notes;
    private final FilterDescription names;
    private final ValueFormat format;

    CompareChartBuilder(AnalysisService analysis, ChartText text) {
        this.analysis = analysis;
        this.text = text;
        this.format = new ValueFormat(text);
        this.notes = new ChartNotes(text);
        this.names = new FilterDescription(text);
    }

    ChartModel build(Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated, String title) {
        DealFilter filter = PeriodicChartBuilder.effectiveFilter(request);
        List<Scenario> scenarios = compared(request);
        List<ScenarioTotals> totals = analysis.compare(portfolio, filter, scenarios);
        List<Timeline> timelines = scenarios.stream().map(s -> analysis.timeline(portfolio, query(request, filter, s))).toList();
        List<YearMonth> periods = periods(timelines, request);

        Map<String, ChartColor> colours = new Palette().assign(GroupBy.NONE, scenarios.stream().map(Scenario::name).toList());
        List<ChartSeries> series = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        Map<String, Integer> caveats = new HashMap<>();
        String currency = null;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            Timeline timeline = timelines.get(i);
            ScenarioTotals total = totals.get(i);
            currency = currency != null ? currency : total.currency() != null ? total.currency() : timeline.currency();
            Set<String> dealIds = new LinkedHashSet<>();
            Map<String, Integer> seriesCaveats = new HashMap<>();
            for (TimelineSeries ts : timeline.series()) {
                dealIds.addAll(ts.dealIds());
                ts.caveats().forEach((k, n) -> seriesCaveats.merge(k, n, Integer::sum));
            }
            // The lines count the same deals several times over; a caveat is counted for the scenario it touches most.
            seriesCaveats.forEach((k, n) -> caveats.merge(k, n, Math::max));
            String label = names.scenario(scenario);
            ChartColor colour = colours.get(scenario.name());
            series.add(new ChartSeries(scenario.name(), scenario.name(), label, null, SeriesStyle.SOLID, colour,
                    runningTotals(timeline, periods), List.copyOf(dealIds), seriesCaveats));
            // The legend says what each line adds up to: the compare command's total, not the line's last point.
            legend.add(LegendEntry.group(scenario.name(), text.get("compare.legend", label,
                    format.money(money(total), total.currency() != null ? total.currency() : timeline.currency())), colour));
        }
        currency = currency == null ? "USD" : currency;

        // The deals as registered name the sources: a scenario chooses among a deal's figures, not its sources.
        List<Source> cited = new ArrayList<>();
        analysis.deals(portfolio, filter.withScenario(Scenario.AS_REGISTERED)).stream()
                .filter(v -> series.stream().anyMatch(s -> s.dealIds().contains(v.deal().id())))
                .forEach((DealView v) -> cited.addAll(DealSources.of(v)));
        SourceIndex index = sharedIndex != null ? SourceIndex.numbered(sharedIndex.refsFor(cited)) : SourceIndex.of(cited);
        List<SourceRef> refs = index.refs();

        LocalDate asOf = filter.asOf();
        int drawn = (int) series.stream().flatMap(s -> s.dealIds().stream()).distinct().count();
        // The filter's own scenario is replaced by each compared one, so the subtitle names none.
        String subtitle = notes.subtitle(text.get("chart.subtitle.compare", text.get("period." + request.granularity().name())),
                request.filter().withScenario(Scenario.AS_REGISTERED), portfolio.partiesById(), asOf, generated, drawn);
        // The line that says how to read the lines, once there are lines to read.
        boolean drawsMoney = series.stream().anyMatch(s -> s.values().stream().anyMatch(v -> v != 0));
        String footnote = (drawsMoney ? text.get("footnote.compare") + "\n" : "") + notes.footnote(refs, List.of(), caveats, null);
        return new ChartModel(request, title, subtitle, footnote, text.get("axis.time"),
                "USD".equals(currency) ? text.get("axis.money.USD") : text.get("axis.money", currency), ValueUnit.BILLIONS, currency,
                periods, periods.stream().map(request.granularity()::label).toList(), series, legend, List.of(), refs, List.of(),
                asOf, generated, null);
    }

    /**
     * The scenarios asked, else every built-in one; each carries the filter's stress unless it has
     * its own, so that a stressed pick compares stressed scenarios (as the Compare tab does).
     */
    static List<Scenario> compared(ChartRequest request) {
        List<Scenario> asked = request.scenarios().isEmpty() ? Scenarios.builtIn().all() : request.scenarios();
        var stress = request.filter().scenario().stress();
        return asked.stream().map(s -> s.stress().isNone() ? s.withStress(stress) : s).toList();
    }

    /** What the selection adds up to under a scenario in the directions the chart draws (commitments unless asked). */
    private static long money(ScenarioTotals total) {
        return ExactSums.money(total.totals().commitmentsMinor(), total.totals().inflowsMinor());
    }

    private static TimelineQuery query(ChartRequest request, DealFilter filter, Scenario scenario) {
        return new TimelineQuery(filter.withScenario(scenario), GroupBy.NONE, request.granularity(), Measure.MONEY,
                TimelineMode.CUMULATIVE);
    }

    /** Every period from the earliest to the latest of any scenario (a delay moves money later), without gaps. */
    private static List<YearMonth> periods(List<Timeline> timelines, ChartRequest request) {
        TreeSet<YearMonth> starts = new TreeSet<>();
        timelines.forEach(t -> starts.addAll(t.periodStarts()));
        List<YearMonth> periods = new ArrayList<>();
        if (starts.isEmpty()) {
            return periods;
        }
        for (YearMonth m = starts.first(); !m.isAfter(starts.last()); m = m.plusMonths(request.granularity().months())) {
            periods.add(m);
        }
        return periods;
    }

    /** A scenario's running total on the chart's periods: the sum of its series, held after its last period. */
    private static List<Long> runningTotals(Timeline timeline, List<YearMonth> periods) {
        Map<YearMonth, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            at.put(periods.get(i), i);
        }
        long[] values = new long[periods.size()];
        int last = -1;
        for (int i = 0; i < timeline.periodStarts().size(); i++) {
            Integer p = at.get(timeline.periodStarts().get(i));
            if (p == null) {
                continue;
            }
            for (TimelineSeries ts : timeline.series()) {
                values[p] = ExactSums.money(values[p], ts.values().get(i));
            }
            last = Math.max(last, p);
        }
        for (int p = last + 1; last >= 0 && p < values.length; p++) {
            values[p] = values[last];
        }
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
