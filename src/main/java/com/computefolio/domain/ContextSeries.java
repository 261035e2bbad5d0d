package com.computefolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sourced series shown beside the deals for context (revenue, losses, compute online, capex).
 * Several points for the same period are allowed: conflicting figures stay side by side.
 *
 * @param unit "USD_BILLIONS" or "GW"
 */
public record ContextSeries(String id, String name, String unit, List<ContextPoint> points) {
    public ContextSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points == null ? List.of() : points);
    }
}
