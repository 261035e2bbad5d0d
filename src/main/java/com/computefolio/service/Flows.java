package com.computefolio.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Money flowing both ways between each buyer and each counterparty, for the filter and as-of date
 * given: one row per pair, a total row, and the circular pairs' totals. Made only by the analysis
 * service from the same matched deals and cached schedules as the {@link Summary}, so a pair's out
 * and in are the summary's commitments and inflows of that counterparty. Immutable.
 *
 * @param rows     pairs by buyer name, then the summary's order (largest commitments first)
 * @param total    out, in and net over every row
 * @param circular out, in and net over the circular rows only (zero when there are none)
 */
public record Flows(DealFilter filter, String currency, List<FlowRow> rows, FlowRow total, FlowRow circular) {

    public static final String TOTAL_KEY = "total";
    public static final String CIRCULAR_KEY = "circular";

    public Flows {
        rows = List.copyOf(rows);
    }

    /** The pairs where money goes both ways. */
    public List<FlowRow> circularRows() {
        return rows.stream().filter(FlowRow::circular).toList();
    }

    /** Of every purchase from a circular counterparty, the percentage its investment could pay for. */
    public Optional<BigDecimal> circularFinancedPercent() {
        return circular.financedPercent();
    }

    /** Whether there is any money to show (rows with neither money out nor in still count their deals). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
