package com.computefolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * One claimed value of a deal with its basis, confidence and sources. Conflicting claims are kept as
 * separate figures side by side, never merged.
 *
 * @param amount the point amount; null only when the basis is UNDISCLOSED
 * @param low    lower end of an estimate range, or null
 * @param high   upper end of an estimate range, or null
 * @param label  short description of what this figure is ("Bloomberg's figure", "Citi estimate")
 * @param unsourced true for a figure whose source is not yet found: it has no sources, is left out of the
 *                  firm scenario and is marked wherever it is shown (ADR 21); never a placeholder URL
 */
public record Figure(ValueBasis basis, Money amount, Money low, Money high, Confidence confidence,
                     List<Source> sources, String label, boolean unsourced) {
    public Figure {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (basis == ValueBasis.UNDISCLOSED && amount != null) {
            throw new IllegalArgumentException("an undisclosed figure has no amount");
        }
        if (basis != ValueBasis.UNDISCLOSED && amount == null) {
            throw new IllegalArgumentException("a " + basis + " figure needs an amount");
        }
    }

    /** A sourced figure (not {@link #unsourced()}), the common case. */
    public Figure(ValueBasis basis, Money amount, Money low, Money high, Confidence confidence, List<Source> sources,
                  String label) {
        this(basis, amount, low, high, confidence, sources, label, false);
    }

    public static Figure undisclosed(Confidence confidence, List<Source> sources) {
        return new Figure(ValueBasis.UNDISCLOSED, null, null, null, confidence, sources, null);
    }

    public boolean isDisclosed() {
        return basis != ValueBasis.UNDISCLOSED;
    }

    public Figure withAmount(Money newAmount) {
        return new Figure(basis, newAmount, low, high, confidence, sources, label, unsourced);
    }

    public Figure withConfidence(Confidence newConfidence) {
        return new Figure(basis, amount, low, high, newConfidence, sources, label, unsourced);
    }

    public Figure withSources(List<Source> newSources) {
        return new Figure(basis, amount, low, high, confidence, newSources, label, unsourced);
    }
}
