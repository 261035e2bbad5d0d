package com.computefolio.service.article;

import com.computefolio.domain.Deal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One change an article suggests: a new deal, or a new revision of a deal already in the register.
 *
 * @param kind      new deal or new revision
 * @param existing  the register's deal this revises (as it is now), empty for a new deal
 * @param proposed  the whole deal as it would be saved if every found field is accepted: for a revision, the
 *                  existing deal with one revision added (known from the article's date); for a new deal, a deal with
 *                  one revision. Every figure in it carries the article as its source, quoting the sentence it came from
 * @param found     for each field read from the article, where it was read
 * @param missing   the fields the article does not state; empty in {@code proposed} (or carried over unchanged from
 *                  the existing deal's latest revision) and shown as such in the review
 * @param confidence how the article words it: OFFICIAL for an announcement or filing, REPORTED for "people familiar
 *                  with the matter", "according to"; with the words that decided it
 */
public record Proposal(Kind kind, Optional<Deal> existing, Deal proposed, Map<ProposedField, Evidence> found,
                       Set<ProposedField> missing, InferredConfidence confidence) {

    public enum Kind { NEW_DEAL, NEW_REVISION }

    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(confidence, "confidence");
        existing = existing == null ? Optional.empty() : existing;
        if ((kind == Kind.NEW_REVISION) != existing.isPresent()) {
            throw new IllegalArgumentException("a new revision names the deal it revises, a new deal none");
        }
        found = Map.copyOf(found == null ? Map.of() : found);
        missing = missing == null || missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
    }

    /**
     * The revision this proposal adds: a new deal's only revision, or the one a new revision puts into the existing
     * deal (known from the announcement day the article gives, else from the article's date).
     */
    public com.computefolio.domain.Revision revision() {
        if (existing.isEmpty()) {
            return proposed.current();
        }
        return proposed.revisions().stream().filter(r -> !existing.get().revisions().contains(r)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a proposed revision of " + existing.get().id()
                        + " adds no revision"));
    }

    /** Every field the proposal reads, found or missing, in the order of the enum. */
    public List<ProposedField> fields() {
        return List.of(ProposedField.values());
    }
}
