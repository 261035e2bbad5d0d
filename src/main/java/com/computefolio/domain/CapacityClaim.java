package com.computefolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * What is said about a revision's capacity besides the number itself (which stays an exact
 * {@link Capacity} in whole kilowatts on the revision): its basis, confidence and sources. A revision
 * without a claim has a plain stated total backed by the revision's own sources, which is what every
 * version 1 file and schema 1 database means.
 *
 * @param confidence null when the capacity's confidence is not stated apart from the revision's
 * @param sources    empty: the revision's own sources speak for it (unless {@code unsourced})
 * @param unsourced  the capacity's source is not yet found (ADR 21)
 */
public record CapacityClaim(CapacityBasis basis, Confidence confidence, List<Source> sources, String label, boolean unsourced) {

    public CapacityClaim {
        Objects.requireNonNull(basis, "basis");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** True when the claim says no more than a version 1 capacity: a plain total on the revision's sources. */
    public boolean isPlain() {
        return basis == CapacityBasis.TOTAL && confidence == null && sources.isEmpty() && label == null && !unsourced;
    }

    public CapacityClaim withSources(List<Source> newSources) {
        return new CapacityClaim(basis, confidence, newSources, label, unsourced);
    }
}
