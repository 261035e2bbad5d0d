package com.computefolio.service.chart;

/**
 * One series' cells of a {@link CellIndex}, packed into arrays: per period, the deals placed in it
 * (as positions in a table of ids and titles shared by the chart's series) and their amounts, in the
 * order they were added. A chart over 100,000 deals has millions of cells' entries; an object per
 * entry made the chart the largest thing in the window's heap. The index reads an entry into a
 * cell's deal only when a tooltip, a click or a summary asks for it.
 */
final class SeriesCells {

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

    int periods() {
        return offsets.length - 1;
    }

    /** How many deals the period holds. */
    int size(int period) {
        return offsets[period + 1] - offsets[period];
    }

    String dealId(int period, int i) {
        return ids[deals[entry(period, i)]];
    }

    String title(int period, int i) {
        return titles[deals[entry(period, i)]];
    }

    long amount(int period, int i) {
        return amounts[entry(period, i)];
    }

    private int entry(int period, int i) {
        if (i < 0 || i >= size(period)) {
            throw new IndexOutOfBoundsException(i);
        }
        return offsets[period] + i;
    }
}
