package com.computefolio.service.view;

import com.computefolio.service.DealFilter;
import java.util.Objects;

/**
 * A named set of filters with its scenario (issue 14): what {@code --view NAME} and the window's
 * Views menu bring back in one step.
 *
 * @param name   lower-case letters, digits and hyphens, as a scenario's own name
 * @param filter the filter, its scenario (with stress) and gross switch included
 */
public record SavedView(String name, DealFilter filter) {
    public SavedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("a view's name is 1 to 40 lower-case letters, digits and hyphens, not '"
                    + name + "'");
        }
    }
}
