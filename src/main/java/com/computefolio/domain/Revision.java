package com.computefolio.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What was known about a deal from a date on: a full snapshot of the deal's changing terms, so that
 * "as known on date X" is the latest revision whose knownFrom is on or before X.
 *
 * @param change       what changed in this revision, in a sentence
 * @param value        the figure that schedules and totals use
 * @param otherFigures conflicting or alternative figures, kept beside the main one
 * @param term         when the deal runs, or null if unknown
 * @param capacity     total capacity in the deal, or null
 * @param legs         explicit schedule legs; empty means an even spread of value and capacity over the term
 * @param sources      sources for the revision itself (status, term, capacity)
 * @param capacityClaim basis, confidence and sources of the capacity, or null for a plain stated total
 *                      backed by the revision's sources (version 1's only kind)
 * @param options      renewals, extensions and expansions a party may exercise
 * @param exitRights   rights to leave on notice; informative
 */
public record Revision(LocalDate knownFrom, String change, DealStatus status, Figure value, List<Figure> otherFigures,
                       Term term, Capacity capacity, String hardware, List<ScheduleLeg> legs, List<Source> sources,
                       String notes, CapacityClaim capacityClaim, List<DealOption> options, List<ExitRight> exitRights) {
    public Revision {
        Objects.requireNonNull(knownFrom, "knownFrom");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        otherFigures = List.copyOf(otherFigures == null ? List.of() : otherFigures);
        legs = List.copyOf(legs == null ? List.of() : legs);
        sources = List.copyOf(sources == null ? List.of() : sources);
        options = List.copyOf(options == null ? List.of() : options);
        exitRights = List.copyOf(exitRights == null ? List.of() : exitRights);
    }

    /** A revision of the version 1 shape: a plain capacity, no options, no exit rights. */
    public Revision(LocalDate knownFrom, String change, DealStatus status, Figure value, List<Figure> otherFigures,
                    Term term, Capacity capacity, String hardware, List<ScheduleLeg> legs, List<Source> sources,
                    String notes) {
        this(knownFrom, change, status, value, otherFigures, term, capacity, hardware, legs, sources, notes, null,
                List.of(), List.of());
    }

    /** The capacity's basis: a plain revision's capacity is a stated total. */
    public CapacityBasis capacityBasis() {
        return capacityClaim == null ? CapacityBasis.TOTAL : capacityClaim.basis();
    }

    /**
     * A reported revision with an undisclosed value and nothing else known: what a new deal starts with and what
     * stands in for a deal that is only referred to. Callers that need no other field use this rather than the
     * constructor, so a new field of a revision does not touch them (docs/how-to/add-a-deal-field.md).
     */
    public static Revision undisclosed(LocalDate knownFrom) {
        return new Revision(knownFrom, null, DealStatus.REPORTED, Figure.undisclosed(Confidence.REPORTED, List.of()), List.of(),
                null, null, null, List.of(), List.of(), null);
    }

    public Revision withValue(Figure newValue) {
        return new Revision(knownFrom, change, status, newValue, otherFigures, term, capacity, hardware, legs, sources, notes,
                capacityClaim, options, exitRights);
    }

    public Revision withStatus(DealStatus newStatus) {
        return new Revision(knownFrom, change, newStatus, value, otherFigures, term, capacity, hardware, legs, sources, notes,
                capacityClaim, options, exitRights);
    }

    public Revision withTerm(Term newTerm) {
        return new Revision(knownFrom, change, status, value, otherFigures, newTerm, capacity, hardware, legs, sources, notes,
                capacityClaim, options, exitRights);
    }

    /** The same revision with another capacity and its claim (null for a plain total). */
    public Revision withCapacity(Capacity newCapacity, CapacityClaim newClaim) {
        return new Revision(knownFrom, change, status, value, otherFigures, term, newCapacity, hardware, legs, sources, notes,
                newClaim, options, exitRights);
    }

    /** The same revision as known from another date, with its own "what changed" sentence. */
    public Revision withKnownFrom(LocalDate newKnownFrom, String newChange) {
        return new Revision(newKnownFrom, newChange, status, value, otherFigures, term, capacity, hardware, legs, sources, notes,
                capacityClaim, options, exitRights);
    }

    public Revision withChange(String newChange) {
        return withKnownFrom(knownFrom, newChange);
    }

    public Revision withHardware(String newHardware) {
        return new Revision(knownFrom, change, status, value, otherFigures, term, capacity, newHardware, legs, sources, notes,
                capacityClaim, options, exitRights);
    }

    /**
     * The same revision with every figure it holds passed through {@code figures} and its own sources through
     * {@code sources}; every other field, those of later format versions included, is kept as it is.
     */
    public Revision withFiguresAndSources(UnaryOperator<Figure> figures, UnaryOperator<List<Source>> sourceLists) {
        CapacityClaim claim = capacityClaim == null ? null : capacityClaim.withSources(sourceLists.apply(capacityClaim.sources()));
        List<DealOption> newOptions = options.stream().map(o -> o.withValue(figures.apply(o.value()))).toList();
        return new Revision(knownFrom, change, status, figures.apply(value), otherFigures.stream().map(figures).toList(), term,
                capacity, hardware, legs, sourceLists.apply(sources), notes, claim, newOptions, exitRights);
    }
}
