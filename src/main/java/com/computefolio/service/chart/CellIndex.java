package com.computefolio.service.chart;

import com.computefolio.domain.ExactSums;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which deals make up each cell (series × period) of a periodic chart, with each deal's amount in
 * that cell. Built once with the chart so that tooltips and "click a segment, select its deals"
 * need no further computation. For a cumulative chart a cell holds every deal of the series placed
 * in that period or before, with its running total.
 *
 * <p>What tooltips need of each cell (its count and largest parts) is worked out when the index is
 * built, off the FX thread: the renderer asks for a tooltip of every segment each time it draws,
 * and at 100,000 deals sorting whole cells for them took half a second of the FX thread per redraw.
 *
 * <p>A chart's index is {@linkplain #lazy made when first asked}: placing every deal of 100,000 in
 * its cells was a tenth of the chart after each keystroke, and only a hover, a click or an export
 * that names a segment's deals needs it. It is made once per chart, on whichever thread asks first.
 */
public final class CellIndex {

    /** One deal's part in a cell; the amount is raw (minor units or kilowatts). */
    public record CellDeal(String dealId, String title, long amount) {
    }

    /** How many deals are named in a cell's summary. */
    static final int SUMMARY_SIZE = 4;
    private static final Comparator<CellDeal> LARGEST_FIRST = (a, b) -> Long.compare(b.amount(), a.amount());
    private static final CellIndex EMPTY = new CellIndex(List.of(), false, List.of());

    /** [series][period] → deals placed in exactly that period, in the order they were added. */
    private final List<List<List<CellDeal>>> cells;
    private final boolean cumulative;
    /** [series][period] → the count and largest parts (running totals for a cumulative chart) of the cell. */
    private final List<List<Summary>> summaries;

    /** A cell's number of deals and its largest parts (at most {@link #SUMMARY_SIZE}), largest first. */
    record Summary(int count, List<CellDeal> largest) {
        static final Summary NONE = new Summary(0, List.of());
    }

    /** How a lazy index is made; null once made, and for an index made at once. */
    private Supplier<CellIndex> making;
    /** The index made from {@link #making}; this index itself when it was made at once. */
    private volatile CellIndex made;

    private CellIndex(List<List<List<CellDeal>>> cells, boolean cumulative, List<List<Summary>> summaries) {
        this.cells = cells;
        this.cumulative = cumulative;
        this.summaries = summaries;
        this.made = this;
    }

    private CellIndex(boolean cumulative, Supplier<CellIndex> making) {
        this.cells = null;
        this.cumulative = cumulative;
        this.summaries = null;
        this.making = making;
    }

    /**
     * An index made by {@code making} when a cell is first asked about, then kept.
     *
     * @param cumulative what {@code making} will make (asked before the index is made)
     */
    static CellIndex lazy(boolean cumulative, Supplier<CellIndex> making) {
        return new CellIndex(cumulative, making);
    }

    /** The index with its cells, made now if it was not yet. */
    private CellIndex made() {
        CellIndex done = made;
        if (done == null) {
            synchronized (this) {
                done = made;
                if (done == null) {
                    done = making.get();
                    made = done;
                    // What the index was made from (every deal's cells) is no longer needed.
                    making = null;
                }
            }
        }
        return done;
    }

    public static CellIndex empty() {
        return EMPTY;
    }

    public boolean isCumulative() {
        return cumulative;
    }

    /** The deals of one cell, largest part first (equal parts in the order they were added); empty for a cell out of range. */
    public List<CellDeal> deals(int series, int period) {
        CellIndex index = made();
        if (!index.inRange(series, period)) {
            return List.of();
        }
        List<List<CellDeal>> row = index.cells.get(series);
        List<CellDeal> sorted = cumulative ? runningTotals(row, period) : new ArrayList<>(row.get(period));
        sorted.sort(LARGEST_FIRST);
        return Collections.unmodifiableList(sorted);
    }

    public List<String> dealIds(int series, int period) {
        return deals(series, period).stream().map(CellDeal::dealId).toList();
    }

    /** How many deals a cell holds and the largest {@link #SUMMARY_SIZE} of them, in the order {@link #deals} gives. */
    Summary summary(int series, int period) {
        CellIndex index = made();
        return index.inRange(series, period) ? index.summaries.get(series).get(period) : Summary.NONE;
    }

    private boolean inRange(int series, int period) {
        return series >= 0 && series < cells.size() && period >= 0 && period < cells.get(series).size();
    }

    private static List<CellDeal> runningTotals(List<List<CellDeal>> periods, int upTo) {
        Map<String, CellDeal> merged = new LinkedHashMap<>();
        for (int p = 0; p <= upTo; p++) {
            for (CellDeal d : periods.get(p)) {
                merged.merge(d.dealId(), d, (a, b) -> new CellDeal(a.dealId(), a.title(), ExactSums.money(a.amount(), b.amount())));
            }
        }
        // Capacity online leaves when a deal's term ends: a deal with nothing left is not in the cell.
        merged.values().removeIf(d -> d.amount() == 0);
        return new ArrayList<>(merged.values());
    }

    /** The summaries of a plain series: the largest parts picked in one pass, ties to the deal added first. */
    private static List<Summary> plainSummaries(List<List<CellDeal>> periods) {
        List<Summary> summaries = new ArrayList<>(periods.size());
        for (List<CellDeal> cell : periods) {
            List<CellDeal> largest = new ArrayList<>(SUMMARY_SIZE + 1);
            for (CellDeal d : cell) {
                int at = largest.size();
                while (at > 0 && largest.get(at - 1).amount() < d.amount()) {
                    at--;
                }
                if (at < SUMMARY_SIZE) {
                    largest.add(at, d);
                    if (largest.size() > SUMMARY_SIZE) {
                        largest.remove(SUMMARY_SIZE);
                    }
                }
            }
            summaries.add(new Summary(cell.size(), List.copyOf(largest)));
        }
        return Collections.unmodifiableList(summaries);
    }

    /**
     * The summaries of a cumulative series, period after period in one pass. Amounts are rarely
     * negative (only capacity leaving at the end of a deal's term), so a running total mostly grows
     * only when its deal has a part in the period: the largest totals of a period are among the
     * largest of the period before and the deals of this one. In a period where a total falls, every
     * deal still holding something is a candidate again. Ties go to the deal seen first, as in
     * {@link #deals}; deals whose total is back to zero are not counted.
     */
    private static List<Summary> cumulativeSummaries(List<List<CellDeal>> periods) {
        Map<String, Running> running = new LinkedHashMap<>();
        List<Running> largest = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>(periods.size());
        int holding = 0;
        for (int p = 0; p < periods.size(); p++) {
            List<Running> candidates = new ArrayList<>(largest);
            for (Running r : candidates) {
                r.candidateIn = p;
            }
            boolean fell = false;
            for (CellDeal d : periods.get(p)) {
                Running r = running.get(d.dealId());
                if (r == null) {
                    r = new Running(d.dealId(), d.title(), running.size());
                    running.put(d.dealId(), r);
                }
                long before = r.total;
                r.total = ExactSums.money(r.total, d.amount());
                holding += (before == 0 ? 0 : -1) + (r.total == 0 ? 0 : 1);
                fell |= d.amount() < 0;
                if (r.candidateIn != p) {
                    r.candidateIn = p;
                    candidates.add(r);
                }
            }
            if (fell) {
                candidates = new ArrayList<>(running.values());
            }
            candidates.removeIf(r -> r.total == 0);
            candidates.sort(Comparator.comparingLong((Running r) -> -r.total).thenComparingInt(r -> r.seen));
            largest = new ArrayList<>(candidates.subList(0, Math.min(SUMMARY_SIZE, candidates.size())));
            summaries.add(new Summary(holding, largest.stream().map(r -> new CellDeal(r.dealId, r.title, r.total)).toList()));
        }
        return Collections.unmodifiableList(summaries);
    }

    /** A deal's running total while a cumulative series is summarised. */
    private static final class Running {
        final String dealId;
        final String title;
        final int seen;
        long total;
        /** The period in which this total was last made a candidate, so that it is listed once. */
        int candidateIn = -1;

        Running(String dealId, String title, int seen) {
            this.dealId = dealId;
            this.title = title;
            this.seen = seen;
        }
    }

    /** Collects the deals of each cell; a deal is added at most once to a cell, with its whole part in it. */
    static final class Builder {
        private final int periodCount;
        private final boolean cumulative;
        /** Per series, its entries in the order added: period, deal (position in the table below) and amount. */
        private final Entries[] series;
        /** The deals named in any cell, each once: the series' entries point here. */
        private final Map<String, Integer> dealById = new HashMap<>();
        private String[] ids = new String[64];
        private String[] titles = new String[64];
        private int dealCount;

        Builder(int seriesCount, int periodCount, boolean cumulative) {
            this.periodCount = periodCount;
            this.cumulative = cumulative;
            this.series = new Entries[seriesCount];
            for (int s = 0; s < seriesCount; s++) {
                series[s] = new Entries();
            }
        }

        void add(int series, int period, String dealId, String title, long amount) {
            if (series < 0 || series >= this.series.length || period < 0 || period >= periodCount) {
                throw new IndexOutOfBoundsException("cell " + series + " × " + period);
            }
            if (amount != 0) {
                this.series[series].add(period, deal(dealId, title), amount);
            }
        }

        /** The deal's position in the table; a deal seen under another title (never, in one chart) gets one of its own. */
        private int deal(String dealId, String title) {
            Integer known = dealById.get(dealId);
            if (known != null && titles[known].equals(title)) {
                return known;
            }
            if (known != null) {
                for (int d = 0; d < dealCount; d++) {
                    if (ids[d].equals(dealId) && titles[d].equals(title)) {
                        return d;
                    }
                }
            }
            if (dealCount == ids.length) {
                ids = Arrays.copyOf(ids, dealCount * 2);
                titles = Arrays.copyOf(titles, dealCount * 2);
            }
            ids[dealCount] = dealId;
            titles[dealCount] = title;
            if (known == null) {
                dealById.put(dealId, dealCount);
            }
            return dealCount++;
        }

        CellIndex build() {
            String[] dealIds = Arrays.copyOf(ids, dealCount);
            String[] dealTitles = Arrays.copyOf(titles, dealCount);
            List<List<List<CellDeal>>> frozen = new ArrayList<>(series.length);
            List<List<Summary>> summaries = new ArrayList<>();
            for (Entries entries : series) {
                List<List<CellDeal>> row = periodsOf(entries.pack(periodCount, dealIds, dealTitles));
                frozen.add(row);
                summaries.add(cumulative ? cumulativeSummaries(row) : plainSummaries(row));
            }
            return new CellIndex(Collections.unmodifiableList(frozen), cumulative, Collections.unmodifiableList(summaries));
        }
    }

    /** A series' packed cells read as a list of periods, each a list of deals made as they are read. */
    private static List<List<CellDeal>> periodsOf(SeriesCells packed) {
        return new AbstractList<>() {
            @Override
            public List<CellDeal> get(int period) {
                if (period < 0 || period >= packed.periods()) {
                    throw new IndexOutOfBoundsException(period);
                }
                return new AbstractList<>() {
                    @Override
                    public CellDeal get(int i) {
                        return new CellDeal(packed.dealId(period, i), packed.title(period, i), packed.amount(period, i));
                    }

                    @Override
                    public int size() {
                        return packed.size(period);
                    }
                };
            }

            @Override
            public int size() {
                return packed.periods();
            }
        };
    }

    /** One series' entries while the index is built, in the order added. */
    private static final class Entries {
        private int[] periods = new int[16];
        private int[] deals = new int[16];
        private long[] amounts = new long[16];
        private int size;

        void add(int period, int deal, long amount) {
            if (size == periods.length) {
                periods = Arrays.copyOf(periods, size * 2);
                deals = Arrays.copyOf(deals, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            periods[size] = period;
            deals[size] = deal;
            amounts[size] = amount;
            size++;
        }

        /** Grouped by period, keeping the order of addition within each (a stable counting sort). */
        SeriesCells pack(int periodCount, String[] ids, String[] titles) {
            int[] offsets = new int[periodCount + 1];
            for (int i = 0; i < size; i++) {
                offsets[periods[i] + 1]++;
            }
            for (int p = 0; p < periodCount; p++) {
                offsets[p + 1] += offsets[p];
            }
            int[] next = Arrays.copyOf(offsets, periodCount);
            int[] packedDeals = new int[size];
            long[] packedAmounts = new long[size];
            for (int i = 0; i < size; i++) {
                int at = next[periods[i]]++;
                packedDeals[at] = deals[i];
                packedAmounts[at] = amounts[i];
            }
            return new SeriesCells(ids, titles, offsets, packedDeals, packedAmounts);
        }
    }
}
