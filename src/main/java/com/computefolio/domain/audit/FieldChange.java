package com.computefolio.domain.audit;

import java.util.Objects;

/**
 * One field of a deal that a change set from one text to another.
 *
 * @param path     where the field is in the deal, in the portfolio file's words ({@code revisions[2].value.amount})
 * @param oldValue the field's text before, or null when it had none (a new deal, an added list item)
 * @param newValue the field's text after, or null when it has none (a deleted deal, a removed value)
 */
public record FieldChange(String path, String oldValue, String newValue) {
    public FieldChange {
        Objects.requireNonNull(path, "path");
        if (Objects.equals(oldValue, newValue)) {
            throw new IllegalArgumentException("no change at " + path);
        }
    }
}
