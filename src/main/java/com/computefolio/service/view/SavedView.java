package com.computefolio.service.view;

import com.computefolio.service.DealFilter;
import com.computefolio.service.GroupBy;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ValueRefusedException;
import java.util.List;
import java.util.Objects;

/**
 * A named set of filters with its scenario (issue 14): what {@code --view NAME} and the window's
 * Views menu bring back in one step, with the grouping and the deals table's columns when saved.
 *
 * @param name    lower-case letters, digits and hyphens, as a scenario's own name
 * @param filter  the filter, its scenario (with stress) and gross switch included
 * @param groupBy how totals and charts group the deals, or null when the view does not say (each command's own default)
 * @param columns the deals table's visible columns, by column id, in order; empty when the view does not say
 */
public record SavedView(String name, DealFilter filter, GroupBy groupBy, List<String> columns) {
    public SavedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new ValueRefusedException(ProblemText.say(ProblemKey.VIEW_NAME_FORM, name));
        }
    }

    /** A view of filters alone, as views were before grouping and columns (ADR 22, 2026-12-07). */
    public SavedView(String name, DealFilter filter) {
        this(name, filter, null, List.of());
    }
}
