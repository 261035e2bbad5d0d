package com.computefolio.service;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;
import java.time.LocalDate;

/**
 * One figure saved without a source (ADR 21), where it sits, for the lists that must name every one
 * (the report's "Unsourced figures").
 *
 * @param field    which figure of the revision: the value, an other figure, an option's value or the capacity
 * @param label    the other figure's or option's label (null for the value and the capacity)
 * @param amount   the figure's amount, or null when undisclosed (and for the capacity)
 * @param capacity the capacity (for {@link Field#CAPACITY} only), else null
 * @param knownFrom the date of the revision that holds it
 */
public record UnsourcedFigure(String dealId, String dealTitle, Field field, String label, Money amount, Capacity capacity,
                              LocalDate knownFrom) {

    /** Where in a revision the figure is. */
    public enum Field {
        VALUE, OTHER_FIGURE, OPTION_VALUE, CAPACITY
    }
}
