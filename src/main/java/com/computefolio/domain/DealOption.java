package com.computefolio.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A renewal, extension or expansion a party may exercise, with what it would add. Not part of the
 * deal's value: only the {@code options} scenario and wider count it (docs/scenarios.md).
 *
 * @param value         what exercising it would add
 * @param months        the months it adds after the term, or null (an expansion within the term)
 * @param exerciseFrom  first month it can be exercised, or null
 * @param exerciseUntil last month it can be exercised, or null
 */
public record DealOption(OptionKind kind, String label, Figure value, Integer months, YearMonth exerciseFrom,
                         YearMonth exerciseUntil) {
    public DealOption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public DealOption withValue(Figure newValue) {
        return new DealOption(kind, label, newValue, months, exerciseFrom, exerciseUntil);
    }
}
