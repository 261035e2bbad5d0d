package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Turns a portfolio into computed, immutable results: filtered deal views, timelines, summaries.
 * Pure computation over the values given; no I/O.
 */
public interface AnalysisService {

    /** The deals that pass the filter, each seen as of the filter's date. */
    List<DealView> deals(Portfolio portfolio, DealFilter filter);

    Timeline timeline(Portfolio portfolio, TimelineQuery query);

    Summary summary(Portfolio portfolio, DealFilter filter, GroupBy groupBy);

    /** The deals behind one cell of a timeline, with their amounts and sources (for tooltips). */
    List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex);

    /**
     * Every deal the timeline of {@code query} adds up, by deal id, with its amount in each of
     * {@code periodCount} periods starting at {@code firstPeriod} (calendar-aligned, of the query's
     * granularity): the deals behind every cell of a chart drawn over those periods. From cached
     * schedules, by the same rules as {@link #contributions}.
     */
    Map<String, DealCells> cells(Portfolio portfolio, TimelineQuery query, YearMonth firstPeriod, int periodCount);

    /** Convenience for a single deal. */
    default DealView view(Portfolio portfolio, Deal deal, DealFilter filter) {
        return deals(portfolio, filter).stream().filter(v -> v.deal().id().equals(deal.id())).findFirst().orElse(null);
    }
}
