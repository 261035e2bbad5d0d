package com.computefolio.service;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Computes deal lists, timelines, summaries and cell contributions from a portfolio. Stateless
 * apart from a cache of deal schedules (keyed by deal id and revision identity), so one instance
 * can serve the window and background tasks at once.
 *
 * <p>See {@link TimelinePlan} for which deals a timeline counts and how, and
 * {@link SummaryAssembler} for the summary's rules.
 */
public final class DefaultAnalysisService implements AnalysisService {

    private final DealMatcher matcher;
    private final TimelineAssembler timelines = new TimelineAssembler();
    private final SummaryAssembler summaries = new SummaryAssembler();
    private final CellFinder cells = new CellFinder();

    public DefaultAnalysisService(ScheduleEngine engine) {
        this.matcher = new DealMatcher(new ScheduleCache(engine));
    }

    @Override
    public List<DealView> deals(Portfolio portfolio, DealFilter filter) {
        return matcher.sorted(portfolio, filter).stream().map(MatchedDeal::view).toList();
    }

    @Override
    public Timeline timeline(Portfolio portfolio, TimelineQuery query) {
        return timelines.assemble(plan(portfolio, query));
    }

    @Override
    public Summary summary(Portfolio portfolio, DealFilter filter, GroupBy groupBy) {
        return summaries.assemble(matcher.match(portfolio, filter), filter, groupBy);
    }

    @Override
    public List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex) {
        return cells.contributions(plan(portfolio, query), seriesKey, periodIndex);
    }

    @Override
    public Map<String, DealCells> cells(Portfolio portfolio, TimelineQuery query, YearMonth firstPeriod, int periodCount) {
        return cells.cells(plan(portfolio, query), firstPeriod, periodCount);
    }

    private TimelinePlan plan(Portfolio portfolio, TimelineQuery query) {
        return TimelinePlan.of(matcher.match(portfolio, query.filter()), query);
    }
}
