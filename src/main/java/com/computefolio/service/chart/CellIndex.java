package com.computefolio.service.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which deals make up each cell (series × period) of a periodic chart, with each deal's amount in
 * that cell. Built once with the chart so that tooltips and "click a segment, select its deals"
 * need no further computation. For a cumulative chart a cell holds every deal of the series placed
 * in that period or before, with its running total.
 */
public final class CellIndex {

    /** One deal's part in a cell; the amount is raw (minor units or kilowatts). */
    public record CellDeal(String dealId, String title, long amount) {
    }

    private static final CellIndex EMPTY = new CellIndex(List.of(), false);

    /** [series][period] → deals placed in exactly that period. */
    private final List<List<List<CellDeal>>> cells;
    private final boolean cumulative;

    private CellIndex(List<List<List<CellDeal>>> cells, boolean cumulative) {
        this.cells = cells;
        this.cumulative = cumulative;
    }

    public static CellIndex empty() {
        return EMPTY;
    }

    public boolean isCumulative() {
        return cumulative;
    }

    /** The deals of one cell, largest part first; empty for a cell out of range. */
    public List<CellDeal> deals(int series, int period) {
        if (series < 0 || series >= cells.size() || period < 0 || period >= cells.get(series).size()) {
            return List.of();
        }
        List<CellDeal> result = cumulative ? runningTotals(cells.get(series), period) : cells.get(series).get(period);
        List<CellDeal> sorted = new ArrayList<>(result);
        sorted.sort((a, b) -> Long.compare(b.amount(), a.amount()));
        return Collections.unmodifiableList(sorted);
    }

    public List<String> dealIds(int series, int period) {
        return deals(series, period).stream().map(CellDeal::dealId).toList();
    }

    private static List<CellDeal> runningTotals(List<List<CellDeal>> periods, int upTo) {
        Map<String, CellDeal> merged = new LinkedHashMap<>();
        for (int p = 0; p <= upTo; p++) {
            for (CellDeal d : periods.get(p)) {
                merged.merge(d.dealId(), d, (a, b) -> new CellDeal(a.dealId(), a.title(), a.amount() + b.amount()));
            }
        }
        return new ArrayList<>(merged.values());
    }

    /** Collects amounts month by month; the same deal in the same cell is summed. */
    static final class Builder {
        private final List<List<Map<String, CellDeal>>> cells = new ArrayList<>();
        private final boolean cumulative;

        Builder(int seriesCount, int periodCount, boolean cumulative) {
            this.cumulative = cumulative;
            for (int s = 0; s < seriesCount; s++) {
                List<Map<String, CellDeal>> row = new ArrayList<>(periodCount);
                for (int p = 0; p < periodCount; p++) {
                    row.add(new LinkedHashMap<>(4));
                }
                cells.add(row);
            }
        }

        void add(int series, int period, String dealId, String title, long amount) {
            if (amount == 0) {
                return;
            }
            cells.get(series).get(period).merge(dealId, new CellDeal(dealId, title, amount),
                    (a, b) -> new CellDeal(dealId, title, a.amount() + b.amount()));
        }

        CellIndex build() {
            List<List<List<CellDeal>>> frozen = new ArrayList<>(cells.size());
            for (List<Map<String, CellDeal>> row : cells) {
                List<List<CellDeal>> frozenRow = new ArrayList<>(row.size());
                for (Map<String, CellDeal> cell : row) {
                    frozenRow.add(List.copyOf(cell.values()));
                }
                frozen.add(Collections.unmodifiableList(frozenRow));
            }
            return new CellIndex(Collections.unmodifiableList(frozen), cumulative);
        }
    }
}
