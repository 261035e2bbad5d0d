package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.scenario.Scenario;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Turns a portfolio into computed, immutable results: filtered deal views, timelines, summaries.
 * Pure computation over the values given; no I/O.
 */
public interface AnalysisService {

    /** The deals under the query with their totals and caveats: what tables, totals and exports read. */
    default DealSelection select(Portfolio portfolio, DealSelectionQuery query) {
        return select(portfolio, query, () -> false);
    }

    /**
     * As {@link #select(Portfolio, DealSelectionQuery)}, for a view that may replace the request
     * before it is done.
     *
     * @param cancelled asked now and then; when it answers true the pass stops with a
     *                  {@link java.util.concurrent.CancellationException}
     */
    DealSelection select(Portfolio portfolio, DealSelectionQuery query, BooleanSupplier cancelled);

    /** The deals that pass the filter, each seen as of the filter's date: the rows of {@link #select}. */
    default List<DealView> deals(Portfolio portfolio, DealFilter filter) {
        return select(portfolio, DealSelectionQuery.of(filter)).rows();
    }

    Timeline timeline(Portfolio portfolio, TimelineQuery query);

    /**
     * What overlap netting took off each umbrella deal the filter selects, as known on the filter's
     * date: gross, covered by its parts, counted. Only umbrellas something was taken off; empty for a
     * gross filter (nothing is netted then).
     */
    List<NettingLine> netting(Portfolio portfolio, DealFilter filter);

    /** Totals per group of the deals the filter selects: {@link DealSelection#summary} of {@link #select}. */
    default Summary summary(Portfolio portfolio, DealFilter filter, GroupBy groupBy) {
        return select(portfolio, DealSelectionQuery.of(filter)).summary(groupBy);
    }

    /** The deals behind one cell of a timeline, with their amounts and sources (for tooltips). */
    List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex);

    /**
     * Every deal the timeline of {@code query} adds up, by deal id, with its amount in each of
     * {@code periodCount} periods starting at {@code firstPeriod} (calendar-aligned, of the query's
     * granularity): the deals behind every cell of a chart drawn over those periods. From cached
     * schedules, by the same rules as {@link #contributions}.
     */
    Map<String, DealCells> cells(Portfolio portfolio, TimelineQuery query, YearMonth firstPeriod, int periodCount);

    /**
     * What a stacked chart of {@code query} draws, from one match of the filter: the sums of the
     * timeline's series per period, split by confidence when {@code splitByConfidence} and, within
     * a series, by the deals' confidence and caveats and by the umbrellas netted in the measure; with
     * the matched deals and the netting lines. The sums agree with {@link #timeline} and {@link #cells}.
     */
    ChartAggregates chartAggregates(Portfolio portfolio, TimelineQuery query, boolean splitByConfidence);

    /**
     * The register as {@code filter}'s scenario sees it (docs/scenarios.md): what selections,
     * timelines and exports of that filter count. The register itself for the default scenario.
     */
    default Portfolio register(Portfolio portfolio, DealFilter filter) {
        return filter.scenario().apply(portfolio, filter.asOf());
    }

    /**
     * The totals of {@code filter}'s deals under each of {@code scenarios}, in the order given (the
     * filter's own scenario is replaced by each in turn): the compare table and chart.
     */
    default List<ScenarioTotals> compare(Portfolio portfolio, DealFilter filter, List<Scenario> scenarios) {
        List<ScenarioTotals> out = new java.util.ArrayList<>(scenarios.size());
        for (Scenario scenario : scenarios) {
            DealSelection selection = select(portfolio, DealSelectionQuery.of(filter.withScenario(scenario)));
            out.add(new ScenarioTotals(scenario, selection.totals(), selection.currency()));
        }
        return out;
    }

    /** Convenience for a single deal. */
    default DealView view(Portfolio portfolio, Deal deal, DealFilter filter) {
        return deals(portfolio, filter).stream().filter(v -> v.deal().id().equals(deal.id())).findFirst().orElse(null);
    }
}
