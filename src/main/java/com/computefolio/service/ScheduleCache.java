package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the schedule of each (deal id, revision) so that redrawing a chart over a large
 * register does not recompute every schedule. Revisions are immutable, so a cached schedule stays
 * right for as long as the very same revision object is asked about; an edited deal brings new
 * revision objects and thereby misses the cache. Safe for use from several threads.
 *
 * <p>Two levels: a map by deal id, and for the list of deals seen last (the window asks about the
 * same portfolio again and again while the user changes filters) an array by position in that
 * list, which spares 100,000 hash look-ups per redraw.
 */
final class ScheduleCache {

    /** Past this many deal ids the cache starts afresh rather than grow without bound. */
    private static final int MAX_DEALS = 400_000;
    /** Revisions remembered per deal; as-of views of an old deal alternate between a few. */
    private static final int MAX_REVISIONS_PER_DEAL = 8;

    private final ScheduleEngine engine;
    private final ConcurrentHashMap<String, Entry[]> byDealId = new ConcurrentHashMap<>();
    private volatile Positions lastPositions;

    /** Immutable, so that another thread sees either the whole entry or none. */
    private record Entry(Revision revision, ScheduledDeal scheduled) {
    }

    /** Schedules by position in one list of deals. */
    final class Positions {
        private final List<Deal> deals;
        private final Entry[] slots;

        private Positions(List<Deal> deals) {
            this.deals = deals;
            this.slots = new Entry[deals.size()];
        }

        /** The schedule of {@code revision} of the deal at {@code index} of the list these positions were made for. */
        ScheduledDeal get(int index, Deal deal, Revision revision) {
            Entry slot = slots[index];
            if (slot != null && slot.revision == revision) {
                return slot.scheduled;
            }
            ScheduledDeal scheduled = ScheduleCache.this.get(deal, revision);
            slots[index] = new Entry(revision, scheduled);
            return scheduled;
        }
    }

    ScheduleCache(ScheduleEngine engine) {
        this.engine = engine;
    }

    /** Positional look-up for a list of deals; reused while the same list object comes back. */
    Positions positionsFor(List<Deal> deals) {
        Positions last = lastPositions;
        if (last != null && last.deals == deals) {
            return last;
        }
        Positions fresh = new Positions(deals);
        lastPositions = fresh;
        return fresh;
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
