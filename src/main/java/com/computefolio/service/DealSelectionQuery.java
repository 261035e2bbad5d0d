package com.computefolio.service;

import java.util.Objects;

/**
 * What a {@link DealSelection} is asked for: the filter, with its as-of date and search text. A
 * record of its own rather than a bare {@link DealFilter} so that what-if inputs (a scenario's
 * revisions over the same deals) can join it without changing every caller.
 */
public record DealSelectionQuery(DealFilter filter) {

    public DealSelectionQuery {
        Objects.requireNonNull(filter, "filter");
    }

    public static DealSelectionQuery of(DealFilter filter) {
        return new DealSelectionQuery(filter);
    }
}
