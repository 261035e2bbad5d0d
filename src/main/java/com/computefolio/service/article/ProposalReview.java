package com.computefolio.service.article;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The deal the analyst's field-by-field review of a {@link Proposal} puts into the editor (issue 19, point 3). An
 * accepted field comes from the proposal, with the article as its source; a rejected one from the deal's latest
 * revision for a new revision, or, for a new deal, the editor's own start (no counterparty, the buyer a new deal would
 * get, an undisclosed value, today's date) so the analyst sees what is still to be said. Nothing here writes: the
 * result is an unsaved edit that Save validates, versions and makes undoable like any other.
 */
public final class ProposalReview {
    /** The fields of the revision itself whose support is the revision's own source list. */
    private static final Set<ProposedField> REVISION_SOURCED = EnumSet.of(ProposedField.STATUS, ProposedField.TERM,
            ProposedField.CAPACITY, ProposedField.HARDWARE);

    private final Proposal proposal;
    private final String fallbackBuyer;
    private final LocalDate today;

    /**
     * @param fallbackBuyer the buyer a new deal gets when the proposed one is rejected (the window's usual default,
     *                      {@link com.computefolio.service.DefaultBuyer} or the buyer saved last), or null for none
     * @param today         the date a new deal whose announcement date is rejected starts with, as a blank new deal does
     */
    public ProposalReview(Proposal proposal, String fallbackBuyer, LocalDate today) {
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.fallbackBuyer = fallbackBuyer;
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The fields ticked before the analyst touches anything: those the article states. */
    public Set<ProposedField> acceptedByDefault() {
        Set<ProposedField> found = EnumSet.noneOf(ProposedField.class);
        found.addAll(proposal.found().keySet());
        found.removeAll(proposal.missing());
        return found;
    }

    /** The revision the article proposes: the one it adds to the stored deal, or the new deal's only one. */
    public Revision articleRevision() {
        return proposal.revision();
    }

    /**
     * The deal to edit with only {@code accepted} taken from the article. For a new revision with nothing accepted
     * that is the stored deal unchanged: a revision that changes nothing is not proposed.
     */
    public Deal apply(Set<ProposedField> accepted) {
        Set<ProposedField> taken = EnumSet.noneOf(ProposedField.class);
        taken.addAll(accepted);
        taken.retainAll(acceptedByDefault());
        return proposal.kind() == Proposal.Kind.NEW_REVISION ? revised(taken) : newDeal(taken);
    }

    private Deal revised(Set<ProposedField> taken) {
        Deal existing = proposal.existing().orElseThrow();
        if (taken.isEmpty()) {
            return existing;
        }
        Deal proposed = proposal.proposed();
        Revision added = articleRevision(); // refuses a proposal that adds no revision: built wrongly, not a choice
        Revision merged = merge(added, existing.current(), taken);
        // The proposer replaces a revision already dated the article's day rather than adding a second one that day.
        List<Revision> revisions = new ArrayList<>(existing.revisions());
        revisions.removeIf(r -> r.knownFrom().equals(merged.knownFrom()));
        revisions.add(merged);
        return new Deal(existing.id(), existing.title(), pick(taken, ProposedField.BUYER, proposed.buyerId(), existing.buyerId()),
                pick(taken, ProposedField.COUNTERPARTY, proposed.counterpartyId(), existing.counterpartyId()),
                pick(taken, ProposedField.KIND, proposed.kind(), existing.kind()), existing.direction(),
                pick(taken, ProposedField.ANNOUNCED, proposed.announced(), existing.announced()), existing.links(),
                existing.tags(), existing.notes(), existing.version(), revisions, existing.roles(), existing.translations());
    }

    private Deal newDeal(Set<ProposedField> taken) {
        Deal proposed = proposal.proposed();
        Revision article = proposed.current();
        Revision blank = Revision.undisclosed(article.knownFrom());
        Revision merged = merge(article, blank, taken);
        return new Deal(proposed.id(), proposed.title(),
                pick(taken, ProposedField.BUYER, proposed.buyerId(), fallbackBuyer == null ? "" : fallbackBuyer),
                pick(taken, ProposedField.COUNTERPARTY, proposed.counterpartyId(), ""),
                pick(taken, ProposedField.KIND, proposed.kind(), DealKind.CLOUD_SERVICES), proposed.direction(),
                pick(taken, ProposedField.ANNOUNCED, proposed.announced(), today), proposed.links(), proposed.tags(),
                proposed.notes(), 0, List.of(merged), proposed.roles(), proposed.translations());
    }

    /**
     * The article's revision with each rejected field put back as {@code base} has it. Its own sources: the article's
     * when it supports an accepted field of the revision, the base's when a field is carried over from it.
     */
    private static Revision merge(Revision article, Revision base, Set<ProposedField> taken) {
        Set<Source> sources = new LinkedHashSet<>();
        boolean carried = REVISION_SOURCED.stream().anyMatch(f -> !taken.contains(f));
        boolean read = REVISION_SOURCED.stream().anyMatch(taken::contains);
        if (carried) {
            sources.addAll(base.sources());
        }
        if (read) {
            sources.addAll(article.sources());
        }
        boolean capacity = taken.contains(ProposedField.CAPACITY);
        DealStatus status = pick(taken, ProposedField.STATUS, article.status(), base.status());
        Figure value = pick(taken, ProposedField.VALUE, article.value(), base.value());
        // What the review does not ask about (other figures, legs, options, notes) stays as the proposal made it.
        return new Revision(article.knownFrom(), article.change(), status, value, article.otherFigures(),
                pick(taken, ProposedField.TERM, article.term(), base.term()),
                capacity ? article.capacity() : base.capacity(), pick(taken, ProposedField.HARDWARE, article.hardware(),
                base.hardware()), article.legs(), List.copyOf(sources), article.notes(),
                capacity ? article.capacityClaim() : base.capacityClaim(), article.options(), article.exitRights());
    }

    private static <T> T pick(Set<ProposedField> taken, ProposedField field, T fromArticle, T otherwise) {
        return taken.contains(field) ? fromArticle : otherwise;
    }
}
