package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the schedule of each (deal id, revision) so that redrawing a chart over a large
 * register does not recompute every schedule. Revisions are immutable, so a cached schedule stays
 * right for as long as the very same revision object is asked about; an edited deal brings new
 * revision objects and thereby misses the cache. Safe for use from several threads.
 *
 * <p>A map by deal id. The register's {@link DealSearchIndex} keeps each schedule it asked for
 * beside the deal's position, so a redraw of the same register does not come here at all, and an
 * edited register asks here only for what it has not seen.
 */
final class ScheduleCache {

    /** Past this many deal ids the cache starts afresh rather than grow without bound. */
    private static final int MAX_DEALS = 400_000;
    /** Revisions remembered per deal; as-of views of an old deal alternate between a few. */
    private static final int MAX_REVISIONS_PER_DEAL = 8;

    private final ScheduleEngine engine;
    private final ConcurrentHashMap<String, Entry[]> byDealId = new ConcurrentHashMap<>();

    /** Immutable, so that another thread sees either the whole entry or none. */
    private record Entry(Revision revision, ScheduledDeal scheduled) {
    }

    ScheduleCache(ScheduleEngine engine) {
        this.engine = engine;
    }

    ScheduledDeal get(Deal deal, Revision revision) {
        Entry[] entries = byDealId.get(deal.id());
        if (entries != null) {
            for (Entry e : entries) {
                if (e.revision == revision) {
                    return e.scheduled;
                }
            }
        }
        ScheduledDeal computed = ScheduledDeal.of(engine.schedule(deal, revision));
        remember(deal.id(), entries, new Entry(revision, computed));
        return computed;
    }

    private void remember(String dealId, Entry[] previous, Entry entry) {
        if (byDealId.size() >= MAX_DEALS) {
            byDealId.clear();
        }
        Entry[] next;
        if (previous == null) {
            next = new Entry[] {entry};
        } else {
            int keep = Math.min(previous.length, MAX_REVISIONS_PER_DEAL - 1);
            next = Arrays.copyOf(previous, keep + 1);
            next[keep] = entry;
        }
        // A concurrent miss for the same deal may overwrite this; both values are correct.
        byDealId.put(dealId, next);
    }
}
