package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import java.util.List;

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

    /** Convenience for a single deal. */
    default DealView view(Portfolio portfolio, Deal deal, DealFilter filter) {
        return deals(portfolio, filter).stream().filter(v -> v.deal().id().equals(deal.id())).findFirst().orElse(null);
    }
}
