package com.computefolio.service;

import java.util.List;

/** Totals per group plus a total row, for the filter and as-of date given. */
public record Summary(GroupBy groupBy, DealFilter filter, String currency, List<SummaryRow> rows, SummaryRow total) {
    public Summary {
        rows = List.copyOf(rows);
    }
}
