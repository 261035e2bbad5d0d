package com.computefolio.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One sourced observation of a context series (e.g. 2025 revenue).
 *
 * @param period a year ("2025") or a month ("2026-02")
 * @param value  in the series' unit; exact decimal
 */
public record ContextPoint(String period, BigDecimal value, Confidence confidence, List<Source> sources, String note) {
    public ContextPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}
