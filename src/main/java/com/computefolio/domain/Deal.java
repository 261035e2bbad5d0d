package com.computefolio.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compute contract between a buyer and a counterparty, as a dated sequence of revisions.
 * The fields here do not change over the deal's life; everything that does lives in {@link Revision}.
 *
 * @param id      a readable, stable slug ("openai-aws-cloud-2025")
 * @param version optimistic-locking counter kept by the store; 0 for a deal never saved
 * @param roles   parties in roles besides buyer and counterparty: guarantors, end users, co-investors,
 *                joint-venture owners (ADR 19)
 * @param translations its title and notes in other languages (ADR 34); never null
 */
public record Deal(String id, String title, String buyerId, String counterpartyId, DealKind kind,
                   MoneyDirection direction, LocalDate announced, List<DealLink> links, List<String> tags,
                   String notes, long version, List<Revision> revisions, List<DealRole> roles, Translations translations) {

    public static final Comparator<Revision> BY_KNOWN_FROM = Comparator.comparing(Revision::knownFrom);

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(announced, "announced");
        links = List.copyOf(links == null ? List.of() : links);
        tags = List.copyOf(tags == null ? List.of() : tags);
        roles = List.copyOf(roles == null ? List.of() : roles);
        translations = translations == null ? Translations.NONE : translations;
        if (revisions == null || revisions.isEmpty()) {
            throw new IllegalArgumentException("deal " + id + " needs at least one revision");
        }
        List<Revision> sorted = new ArrayList<>(revisions);
        sorted.sort(BY_KNOWN_FROM);
        revisions = List.copyOf(sorted);
    }

    /** A deal whose texts are in one language only. */
    public Deal(String id, String title, String buyerId, String counterpartyId, DealKind kind, MoneyDirection direction,
                LocalDate announced, List<DealLink> links, List<String> tags, String notes, long version,
                List<Revision> revisions, List<DealRole> roles) {
        this(id, title, buyerId, counterpartyId, kind, direction, announced, links, tags, notes, version, revisions, roles,
                Translations.NONE);
    }

    /** A deal with no parties in roles besides buyer and counterparty. */
    public Deal(String id, String title, String buyerId, String counterpartyId, DealKind kind, MoneyDirection direction,
                LocalDate announced, List<DealLink> links, List<String> tags, String notes, long version,
                List<Revision> revisions) {
        this(id, title, buyerId, counterpartyId, kind, direction, announced, links, tags, notes, version, revisions, List.of(),
                Translations.NONE);
    }

    /** The latest revision. */
    public Revision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** What was known on the given date; empty if the deal was not yet known then. */
    public Optional<Revision> asOf(LocalDate date) {
        if (date == null) {
            return Optional.of(current());
        }
        Revision found = null;
        for (Revision r : revisions) {
            if (r.knownFrom().isAfter(date)) {
                break;
            }
            found = r;
        }
        return Optional.ofNullable(found);
    }

    public Deal withRevisions(List<Revision> newRevisions) {
        return new Deal(id, title, buyerId, counterpartyId, kind, direction, announced, links, tags, notes, version, newRevisions, roles, translations);
    }

    public Deal withRoles(List<DealRole> newRoles) {
        return new Deal(id, title, buyerId, counterpartyId, kind, direction, announced, links, tags, notes, version, revisions, newRoles, translations);
    }

    public Deal withTranslations(Translations newTranslations) {
        return new Deal(id, title, buyerId, counterpartyId, kind, direction, announced, links, tags, notes, version, revisions, roles,
                newTranslations);
    }

    /** Its title in the language, else its own title. */
    public String title(String language) {
        return translations.orOriginal(language, Translations.TITLE, title);
    }

    /** Its notes in the language, else its own notes (null when it has none). */
    public String notes(String language) {
        return translations.orOriginal(language, Translations.NOTES, notes);
    }

    /** Replaces the latest revision, which is what an edit of the "current" deal means. */
    public Deal withCurrent(Revision replacement) {
        List<Revision> copy = new ArrayList<>(revisions);
        copy.set(copy.size() - 1, replacement);
        return withRevisions(copy);
    }

    public Deal withVersion(long newVersion) {
        return new Deal(id, title, buyerId, counterpartyId, kind, direction, announced, links, tags, notes, newVersion, revisions, roles, translations);
    }
}
