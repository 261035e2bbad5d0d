package com.computefolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sourced series shown beside the deals for context (revenue, losses, compute online, capex).
 * Several points for the same period are allowed: conflicting figures stay side by side.
 *
 * @param unit    "USD_BILLIONS" or "GW"
 * @param partyId the company the series describes; null only for a series made before parties were
 *                named (readers of version 1 files and schema 1 databases name the main buyer)
 */
public record ContextSeries(String id, String name, String unit, List<ContextPoint> points, String partyId) {
    public ContextSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points == null ? List.of() : points);
    }

    /** A series that names no company yet. */
    public ContextSeries(String id, String name, String unit, List<ContextPoint> points) {
        this(id, name, unit, points, null);
    }

    public ContextSeries withParty(String newPartyId) {
        return new ContextSeries(id, name, unit, points, newPartyId);
    }
}
