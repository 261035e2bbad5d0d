package com.computefolio.service;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import java.time.YearMonth;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Computes deal selections (rows and totals), timelines and cell contributions from a portfolio.
 * Stateless apart from a cache of deal schedules (keyed by deal id and revision identity) and the
 * search index of the register seen last, and the register views of {@link RegisterViews} (each
 * filter's scenario is applied there, once per register and scenario), so one instance can serve the window and background
 * tasks at once.
 *
 * <p>See {@link TimelinePlan} for which deals a timeline counts and how, and
 * {@link DealSelection} for the totals' rules. Unless the filter asks for the gross sum, every
 * answer is computed from the register after {@link RegisterPipeline} (overlap netting), so tables,
 * totals, charts, exports and the report count each dollar and gigawatt once.
 */
public final class DefaultAnalysisService implements AnalysisService {

    private final DealMatcher matcher;
    private final TimelineAssembler timelines = new TimelineAssembler();
    private final CellFinder cells = new CellFinder();
    private final ChartAggregator aggregator = new ChartAggregator();
    /** Charts are computed on background threads, the newest request winning: read and replaced whole. */
    private volatile LastMatch lastChartMatch;

    /** The deals a chart's filter matched in a register (compared by identity: registers are immutable; the filter says gross or netted) and their netting. */
    private record LastMatch(NettedRegister register, DealFilter filter, List<MatchedDeal> matched, List<NettingLine> netting) {
    }
    private final RegisterViews views = new RegisterViews();

    public DefaultAnalysisService(ScheduleEngine engine) {
        this.matcher = new DealMatcher(new ScheduleCache(engine));
    }

    @Override
    public DealSelection select(Portfolio portfolio, DealSelectionQuery query, BooleanSupplier cancelled) {
        NettedRegister register = views.netted(portfolio, query.filter());
        return DealSelection.of(query, matcher.sorted(register, query.filter(), cancelled), register);
    }

    @Override
    public List<NettingLine> netting(Portfolio portfolio, DealFilter filter) {
        if (filter.gross()) {
            return List.of();
        }
        NettedRegister register = views.netted(portfolio, filter);
        List<String> ids = matcher.match(register, filter).deals().stream().map(MatchedDeal::id).toList();
        return register.lines(ids, filter.asOf());
    }

    @Override
    public Timeline timeline(Portfolio portfolio, TimelineQuery query) {
        return timelines.assemble(plan(portfolio, query));
    }

    @Override
    public List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex) {
        return cells.contributions(plan(portfolio, query), seriesKey, periodIndex);
    }

    @Override
    public Map<String, DealCells> cells(Portfolio portfolio, TimelineQuery query, YearMonth firstPeriod, int periodCount) {
        return cells.cells(plan(portfolio, query), firstPeriod, periodCount);
    }

    @Override
    public ChartAggregates chartAggregates(Portfolio portfolio, TimelineQuery query, boolean splitByConfidence) {
        DealFilter filter = query.filter();
        NettedRegister register = views.netted(portfolio, filter);
        // A change of grouping, period or chart type matches the same deals again: the last match is kept.
        LastMatch last = lastChartMatch;
        if (last == null || last.register().portfolio() != register.portfolio() || !last.filter().equals(filter)) {
            List<MatchedDeal> matched = matcher.match(register, filter).deals();
            List<NettingLine> lines = filter.gross() ? List.of() : register.lines(matched.stream().map(MatchedDeal::id).toList(), filter.asOf());
            last = new LastMatch(register, filter, matched, lines);
            lastChartMatch = last;
        }
        List<MatchedDeal> matched = last.matched();
        List<NettingLine> netting = last.netting();
        Set<String> remainders = new HashSet<>();
        netting.stream().filter(line -> line.nettedIn(query.measure())).forEach(line -> remainders.add(line.umbrellaId()));
        return aggregator.aggregate(TimelinePlan.of(matched, query), splitByConfidence, remainders,
                matched.stream().map(MatchedDeal::view).toList(), netting);
    }

    @Override
    public Portfolio register(Portfolio portfolio, DealFilter filter) {
        return views.of(portfolio, filter);
    }

    private TimelinePlan plan(Portfolio portfolio, TimelineQuery query) {
        return TimelinePlan.of(matcher.match(views.netted(portfolio, query.filter()), query.filter()).deals(), query);
    }
}
