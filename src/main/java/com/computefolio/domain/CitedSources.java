package com.computefolio.domain;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Every list of sources a deal cites, with its path in the JSON format's terms (relative to the
 * deal). The validator, the file writer, the store and the import check all walk a deal's sources;
 * they do it through here, so that a new place that cites sources (a role, an option, a capacity
 * figure) cannot be forgotten by one of them.
 */
public final class CitedSources {

    private CitedSources() {
    }

    public static void forEach(Deal deal, BiConsumer<String, List<Source>> visitor) {
        for (int r = 0; r < deal.roles().size(); r++) {
            visitor.accept("roles[" + r + "].sources", deal.roles().get(r).sources());
        }
        for (int i = 0; i < deal.revisions().size(); i++) {
            forEach(deal.revisions().get(i), "revisions[" + i + "]", visitor);
        }
    }

    /** @param path the revision's path, e.g. {@code revisions[0]} */
    public static void forEach(Revision revision, String path, BiConsumer<String, List<Source>> visitor) {
        visitor.accept(path + ".sources", revision.sources());
        visitor.accept(path + ".value.sources", revision.value().sources());
        for (int j = 0; j < revision.otherFigures().size(); j++) {
            visitor.accept(path + ".otherFigures[" + j + "].sources", revision.otherFigures().get(j).sources());
        }
        if (revision.capacityClaim() != null) {
            visitor.accept(path + ".capacity.sources", revision.capacityClaim().sources());
        }
        for (int k = 0; k < revision.options().size(); k++) {
            visitor.accept(path + ".options[" + k + "].value.sources", revision.options().get(k).value().sources());
        }
    }

    /**
     * Every list of sources the deal cites, in the order of {@link #forEach(Deal, BiConsumer)}, without
     * their paths: the writers and the id collectors need none, and making five path strings per
     * revision showed in the import's profile (100,000 deals, several walks each).
     */
    public static void forEachList(Deal deal, Consumer<List<Source>> visitor) {
        for (DealRole role : deal.roles()) {
            visitor.accept(role.sources());
        }
        for (Revision revision : deal.revisions()) {
            visitor.accept(revision.sources());
            visitor.accept(revision.value().sources());
            for (Figure figure : revision.otherFigures()) {
                visitor.accept(figure.sources());
            }
            if (revision.capacityClaim() != null) {
                visitor.accept(revision.capacityClaim().sources());
            }
            for (DealOption option : revision.options()) {
                visitor.accept(option.value().sources());
            }
        }
    }

    /**
     * Every list of sources the revision cites, in the order {@link #mapEach} passes them to its
     * {@code swap} (capacity, options, value, other figures, the revision's own), so that a reader
     * of the sources need not rewrite the deal to meet them in that order.
     */
    public static void forEachListAsMapped(Revision revision, Consumer<List<Source>> visitor) {
        if (revision.capacityClaim() != null) {
            visitor.accept(revision.capacityClaim().sources());
        }
        for (DealOption option : revision.options()) {
            visitor.accept(option.value().sources());
        }
        visitor.accept(revision.value().sources());
        for (Figure figure : revision.otherFigures()) {
            visitor.accept(figure.sources());
        }
        visitor.accept(revision.sources());
    }

    /**
     * The same deal with every source it cites passed through {@code swap}: the rewriting twin of
     * {@link #forEach(Deal, BiConsumer)}, kept beside it so that both know the same places.
     */
    public static Deal mapEach(Deal deal, UnaryOperator<Source> swap) {
        UnaryOperator<List<Source>> lists = list -> list.stream().map(swap).toList();
        List<Revision> revisions = deal.revisions().stream()
                .map(r -> r.withFiguresAndSources(f -> f.withSources(lists.apply(f.sources())), lists)).toList();
        List<DealRole> roles = deal.roles().stream().map(role -> role.withSources(lists.apply(role.sources()))).toList();
        return deal.withRevisions(revisions).withRoles(roles);
    }
}
