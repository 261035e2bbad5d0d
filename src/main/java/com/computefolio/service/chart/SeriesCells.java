package com.computefolio.service.chart;

import com.computefolio.service.chart.CellIndex.CellDeal;
import java.util.AbstractList;
import java.util.List;

/**
 * One series' cells of a {@link CellIndex}, packed into arrays: per period, the deals placed in it
 * (as positions in a table of ids and titles shared by the chart's series) and their amounts, in the
 * order they were added. A chart over 100,000 deals has millions of cells' entries; an object per
 * entry made the chart the largest thing in the window's heap. Read as a list of periods, each a
 * list of {@link CellDeal}s made when read (for a tooltip, a click, the summaries).
 */
final class SeriesCells extends AbstractList<List<CellDeal>> {

    private final String[] ids;
    private final String[] titles;
    /** Where each period's entries start; one more than the periods. */
    private final int[] offsets;
    private final int[] deals;
    private final long[] amounts;

    SeriesCells(String[] ids, String[] titles, int[] offsets, int[] deals, long[] amounts) {
        this.ids = ids;
        this.titles = titles;
        this.offsets = offsets;
        this.deals = deals;
        this.amounts = amounts;
    }

    @Override
    public List<CellDeal> get(int period) {
        int from = offsets[period];
        int size = offsets[period + 1] - from;
        return new AbstractList<>() {
            @Override
            public CellDeal get(int i) {
                if (i < 0 || i >= size) {
                    throw new IndexOutOfBoundsException(i);
                }
                int deal = deals[from + i];
                return new CellDeal(ids[deal], titles[deal], amounts[from + i]);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public int size() {
        return offsets.length - 1;
    }
}
