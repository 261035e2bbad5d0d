package com.computefolio.service;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Computes deal selections (rows and totals), timelines and cell contributions from a portfolio.
 * Stateless apart from a cache of deal schedules (keyed by deal id and revision identity) and the
 * search index of the register seen last, so one instance can serve the window and background
 * tasks at once.
 *
 * <p>See {@link TimelinePlan} for which deals a timeline counts and how, and
 * {@link DealSelection} for the totals' rules.
 */
public final class DefaultAnalysisService implements AnalysisService {

    private final DealMatcher matcher;
    private final TimelineAssembler timelines = new TimelineAssembler();
    private final ContributionFinder contributions = new ContributionFinder();

    public DefaultAnalysisService(ScheduleEngine engine) {
        this.matcher = new DealMatcher(new ScheduleCache(engine));
    }

    @Override
    public DealSelection select(Portfolio portfolio, DealSelectionQuery query, BooleanSupplier cancelled) {
        return DealSelection.of(query, matcher.sorted(portfolio, query.filter(), cancelled));
    }

    @Override
    public Timeline timeline(Portfolio portfolio, TimelineQuery query) {
        return timelines.assemble(plan(portfolio, query));
    }

    @Override
    public List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex) {
        return contributions.find(plan(portfolio, query), seriesKey, periodIndex);
    }

    private TimelinePlan plan(Portfolio portfolio, TimelineQuery query) {
        return TimelinePlan.of(matcher.match(portfolio, query.filter()), query);
    }
}
