package com.computefolio.ui.charts;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.chart.DealSources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources of each deal under a filter (its value's and its revision's, as of the filter's
 * date), looked up by deal id for tooltips. Built once per chart, off the FX thread, on the first
 * hover; a tooltip then costs a few map look-ups even at 100,000 deals.
 */
public final class DealSourceLookup {
    private static final DealSourceLookup NONE = new DealSourceLookup(Map.of());

    private final Map<String, List<Source>> byDealId;

    private DealSourceLookup(Map<String, List<Source>> byDealId) {
        this.byDealId = byDealId;
    }

    public static DealSourceLookup none() {
        return NONE;
    }

    public static DealSourceLookup of(AnalysisService analysis, Portfolio portfolio, DealFilter filter) {
        List<DealView> views = analysis.deals(portfolio, filter);
        Map<String, List<Source>> map = new HashMap<>(views.size() * 2);
        for (DealView view : views) {
            map.put(view.deal().id(), List.copyOf(DealSources.of(view)));
        }
        return new DealSourceLookup(map);
    }

    /** The deal's sources in the order recorded, without repeats; empty for an unknown deal. */
    public List<Source> of(String dealId) {
        Set<String> seen = new HashSet<>();
        return byDealId.getOrDefault(dealId, List.of()).stream().filter(s -> seen.add(s.id())).toList();
    }
}
