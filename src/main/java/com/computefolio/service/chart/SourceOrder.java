package com.computefolio.service.chart;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.service.DealView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every source of a register (of all deals' revisions and of the context series) put once in the
 * order {@link SourceIndex} numbers them, so that numbering the sources of one chart's deals is a
 * pass over those deals and a pass over this order, not a sort. Sorting 100,000 deals' sources
 * again was a quarter of the chart after each keystroke. Made once per register (registers are
 * immutable); the numbers it gives are those {@link SourceIndex#of} gives, or it gives none.
 */
final class SourceOrder {

    private final Source[] sorted;
    private final Map<String, Integer> positionById;
    /** Positions of ids under which the register holds sources that differ: which one a chart cites depends on its deals. */
    private final boolean[] ambiguous;

    private SourceOrder(Source[] sorted, Map<String, Integer> positionById, boolean[] ambiguous) {
        this.sorted = sorted;
        this.positionById = positionById;
        this.ambiguous = ambiguous;
    }

    static SourceOrder of(Portfolio portfolio) {
        Map<String, Source> distinct = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Deal deal : portfolio.deals()) {
            for (Revision revision : deal.revisions()) {
                addAll(distinct, ambiguous, revision.value().sources());
                addAll(distinct, ambiguous, revision.sources());
            }
        }
        List<ContextSeries> context = portfolio.contextSeries();
        addAll(distinct, ambiguous, CapacityOverlays.sources(context));
        addAll(distinct, ambiguous, ContextOverlays.sources(context));
        List<Source> ordered = SourceIndex.inNumberOrder(distinct.values());
        Map<String, Integer> positions = new HashMap<>(ordered.size() * 2);
        boolean[] ambiguousAt = new boolean[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            positions.put(ordered.get(i).id(), i);
            ambiguousAt[i] = ambiguous.contains(ordered.get(i).id());
        }
        return new SourceOrder(ordered.toArray(Source[]::new), positions, ambiguousAt);
    }

    private static void addAll(Map<String, Source> distinct, Set<String> ambiguous, Collection<Source> sources) {
        for (Source s : sources) {
            Source known = distinct.putIfAbsent(s.id(), s);
            if (known != null && known != s && !known.equals(s)) {
                ambiguous.add(s.id());
            }
        }
    }

    /**
     * The numbered sources of the deals (their values' and revisions' sources, {@link DealSources})
     * and of the context, as {@link SourceIndex#of} numbers them; null when a source is not this
     * register's as it was read (a scenario's, say), which the caller then numbers the long way.
     */
    SourceIndex number(List<DealView> deals, List<Source> context) {
        boolean[] cited = new boolean[sorted.length];
        for (DealView view : deals) {
            if (!cite(cited, DealSources.of(view))) {
                return null;
            }
        }
        if (!cite(cited, context)) {
            return null;
        }
        List<Source> inOrder = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            if (cited[i]) {
                inOrder.add(sorted[i]);
            }
        }
        return SourceIndex.inOrder(inOrder);
    }

    private boolean cite(boolean[] cited, List<Source> sources) {
        for (Source s : sources) {
            Integer at = positionById.get(s.id());
            if (at == null || ambiguous[at] || (sorted[at] != s && !sorted[at].equals(s))) {
                return false;
            }
            cited[at] = true;
        }
        return true;
    }
}
